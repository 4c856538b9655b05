// How a host counts contacts without any tracker: listen to the callout's event. This demo only
// shows the count on the page; a real site could send it to its own server, or not at all.
let count = 0;
document.addEventListener('haven-contact', (event) => {
  count += 1;
  const out = document.getElementById('contact-count');
  if (out)
    out.textContent = `Contact actions used on this page: ${count} (last: ${event.detail.action}).`;
});
