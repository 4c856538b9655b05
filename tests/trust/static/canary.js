// Loaded only if a payload manages to inject a script element: proof that it ran.
window.__havenCanary('external-script');
