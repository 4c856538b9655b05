/**
 * The hostile-input corpus. Every payload is pushed through every input path of every element
 * (attributes, properties, JSON children, slotted text, content ids, URL fields) by
 * `tests/trust/trust.test.js`.
 *
 * Anything that could run calls the global canary `__havenCanary('<id>')` (set up by
 * `early.ts`), and anything that could load calls `/__canary/<id>` on the test server: either
 * one fails the run and names the payload. The hostile pages are served with a permissive
 * Content-Security-Policy on purpose, so an injection would really execute instead of being
 * stopped by the policy.
 */
export type PayloadKind =
  | 'script'
  | 'handler'
  | 'url'
  | 'svg-mathml'
  | 'embed'
  | 'css'
  | 'broken'
  | 'unicode'
  | 'template'
  | 'key';

export interface Payload {
  /** Unique; appears in the canary call, so a hit names its payload. */
  id: string;
  kind: PayloadKind;
  value: string;
}

/** `__havenCanary('<id>')`: what an executed payload calls. */
const c = (id: string) => `__havenCanary('${id}')`;
/** A same-origin address whose request proves something was loaded. */
const u = (id: string) => `/__canary/${id}`;
/** `top.__havenCanary('<id>')`, for payloads that would run inside a frame. */
const t = (id: string) => `top.__havenCanary('${id}')`;

const b64 = (s: string) => btoa(s);
const entities = (s: string, form: 'dec' | 'hex' | 'pad' | 'nosemi') =>
  [...s]
    .map((ch) => {
      const n = ch.codePointAt(0)!;
      if (form === 'dec') return `&#${n};`;
      if (form === 'hex') return `&#x${n.toString(16)};`;
      if (form === 'pad') return `&#${String(n).padStart(7, '0')}`;
      return `&#x${n.toString(16)}`;
    })
    .join('');

const list: Array<[PayloadKind, string, string]> = [
  // Script elements.
  ['script', 's01', `<script>${c('s01')}</script>`],
  ['script', 's02', `<SCRIPT>${c('s02')}</SCRIPT>`],
  ['script', 's03', `<script src="/trust/canary.js"></script>`],
  ['script', 's04', `<script>/*</script>*/${c('s04')}</script>`],
  ['script', 's05', `"><script>${c('s05')}</script>`],
  ['script', 's06', `'><script>${c('s06')}</script>`],
  ['script', 's07', `</script><script>${c('s07')}</script>`],
  ['script', 's08', `<scr<script>ipt>${c('s08')}</scr</script>ipt>`],
  ['script', 's09', `<script type="module">${c('s09')}</script>`],
  ['script', 's10', `</title><script>${c('s10')}</script>`],
  ['script', 's11', `</textarea><script>${c('s11')}</script>`],
  ['script', 's12', `</style><script>${c('s12')}</script>`],
  ['script', 's13', `<noscript><p title="</noscript><img src=x onerror=${c('s13')}>"></noscript>`],
  ['script', 's14', `<script\x0c>${c('s14')}</script>`],
  ['script', 's15', `<script src=${u('s15')}></script>`],
  ['script', 's16', `<script>eval(atob('${b64(c('s16'))}'))</script>`],
  // Event-handler attributes.
  ['handler', 'e01', `<img src=x onerror=${c('e01')}>`],
  ['handler', 'e02', `<img src="x" onerror="${c('e02')}">`],
  ['handler', 'e03', `<IMG SRC=x ONERROR=${c('e03')}>`],
  ['handler', 'e04', `<img src=x onerror=${entities(c('e04'), 'dec')}>`],
  ['handler', 'e05', `<svg onload=${c('e05')}>`],
  ['handler', 'e06', `<svg/onload=${c('e06')}>`],
  ['handler', 'e07', `<body onload=${c('e07')}>`],
  ['handler', 'e08', `<details open ontoggle=${c('e08')}><summary>x</summary></details>`],
  ['handler', 'e09', `<input autofocus onfocus=${c('e09')}>`],
  ['handler', 'e10', `<video><source onerror=${c('e10')}></video>`],
  ['handler', 'e11', `<audio src=x onerror=${c('e11')}>`],
  ['handler', 'e12', `<iframe onload=${c('e12')}></iframe>`],
  ['handler', 'e13', `<marquee onstart=${c('e13')}>x</marquee>`],
  ['handler', 'e14', `" onmouseover="${c('e14')}`],
  ['handler', 'e15', `' onfocus='${c('e15')}' autofocus='`],
  ['handler', 'e16', `" autofocus onfocus="${c('e16')}" x="`],
  ['handler', 'e17', `<img src=x:x onerror=${c('e17')}//`],
  ['handler', 'e18', `<img\tsrc=x\tonerror=${c('e18')}>`],
  ['handler', 'e19', `<img\nsrc=x\nonerror=${c('e19')}>`],
  ['handler', 'e20', `<img src=x onerror\x0c=${c('e20')}>`],
  ['handler', 'e21', `<object data=x onerror=${c('e21')}></object>`],
  ['handler', 'e22', `<style onload=${c('e22')}></style>`],
  ['handler', 'e23', `<link rel=stylesheet href=${u('e23')} onload=${c('e23')}>`],
  ['handler', 'e24', `<image src=x onerror=${c('e24')}>`],
  ['handler', 'e25', `<img src=${u('e25')}>`],
  ['handler', 'e26', `<img srcset="${u('e26')} 1x">`],
  ['handler', 'e27', `<a onclick=${c('e27')} href=#>click</a>`],
  ['handler', 'e28', `<div onpointerenter=${c('e28')}>hover</div>`],
  ['handler', 'e29', `<img src=x onerror=${entities(c('e29'), 'hex')}>`],
  ['handler', 'e30', `<body onpageshow=${c('e30')}>`],
  // javascript:, data:, vbscript: and other unsafe addresses, with case, entity and
  // whitespace variants. Inside a link they stay inert until clicked, so the tests also check
  // every rendered address statically.
  ['url', 'j01', `javascript:${c('j01')}`],
  ['url', 'j02', `JavaScript:${c('j02')}`],
  ['url', 'j03', `JAVASCRIPT:${c('j03')}`],
  ['url', 'j04', ` javascript:${c('j04')}`],
  ['url', 'j05', `\tjavascript:${c('j05')}`],
  ['url', 'j06', `java\tscript:${c('j06')}`],
  ['url', 'j07', `java\nscript:${c('j07')}`],
  ['url', 'j08', `java\rscript:${c('j08')}`],
  ['url', 'j09', `\x01javascript:${c('j09')}`],
  ['url', 'j10', `javascript&colon;${c('j10')}`],
  ['url', 'j11', `${entities('javascript:', 'dec')}${c('j11')}`],
  ['url', 'j12', `${entities('javascript:', 'hex')}${c('j12')}`],
  ['url', 'j13', `${entities('javascript:', 'pad')}${c('j13')}`],
  ['url', 'j14', `${entities('javascript:', 'nosemi')}${c('j14')}`],
  ['url', 'j15', `javascript:__havenCanary%28'j15'%29`],
  ['url', 'j16', `jav&#x09;ascript:${c('j16')}`],
  ['url', 'j17', `javascript://%0a${c('j17')}`],
  [
    'url',
    'j18',
    `javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+${c('j18')}//'>`,
  ],
  ['url', 'j19', `\x00javascript:${c('j19')}`],
  ['url', 'j20', `ｊａｖａｓｃｒｉｐｔ:${c('j20')}`],
  ['url', 'j21', `java\u200bscript:${c('j21')}`],
  ['url', 'j22', `javascript&#58;${c('j22')}`],
  ['url', 'j23', `%6A%61%76%61%73%63%72%69%70%74:${c('j23')}`],
  ['url', 'v01', `vbscript:msgbox("v01")`],
  ['url', 'v02', `VBScript:msgbox("v02")`],
  ['url', 'v03', `livescript:${c('v03')}`],
  ['url', 'd01', `data:text/html,<script>${t('d01')}</script>`],
  ['url', 'd02', `data:text/html;base64,${b64(`<script>${t('d02')}</script>`)}`],
  ['url', 'd03', `DATA:text/html,<script>${t('d03')}</script>`],
  [
    'url',
    'd04',
    `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${t('d04')}"/>`,
  ],
  ['url', 'd05', `data:application/javascript,${c('d05')}`],
  ['url', 'd06', ` data:text/html,<script>${t('d06')}</script>`],
  ['url', 'd07', `data:,${c('d07')}`],
  ['url', 'x01', 'blob:http://127.0.0.1/00000000-0000-0000-0000-000000000000'],
  ['url', 'x02', 'file:///etc/passwd'],
  ['url', 'x03', 'http://example.org/not-encrypted'],
  ['url', 'x04', '//example.org/protocol-relative'],
  ['url', 'x05', 'ftp://example.org/file'],
  ['url', 'x06', 'https:\\\\example.org\\backslashes'],
  ['url', 'x07', `https://example.org/"><script>${c('x07')}</script>`],
  ['url', 'x08', `https://example.org/#<img src=x onerror=${c('x08')}>`],
  ['url', 'x09', 'https://user:secret@example.org/credentials'],
  ['url', 'x10', `tel:javascript:${c('x10')}`],
  ['url', 'x11', `mailto:a@example.org?body=<script>${c('x11')}</script>`],
  ['url', 'x12', `mailto:javascript:${c('x12')}`],
  ['url', 'x13', 'ws://127.0.0.1/socket'],
  ['url', 'x14', `${u('x14')}`],
  ['url', 'x15', 'chrome://settings'],
  ['url', 'x16', 'https://%65xample.org/%2e%2e/'],
  // SVG and MathML tricks, including namespace-confusion (mutation XSS) shapes.
  ['svg-mathml', 'm01', `<svg><script>${c('m01')}</script></svg>`],
  ['svg-mathml', 'm02', `<svg><script href="data:,${c('m02')}"></script></svg>`],
  [
    'svg-mathml',
    'm03',
    `<svg><a xlink:href="javascript:${c('m03')}"><text x="20" y="20">x</text></a></svg>`,
  ],
  ['svg-mathml', 'm04', `<svg><animate onbegin=${c('m04')} attributeName=x dur=1s></svg>`],
  ['svg-mathml', 'm05', `<svg><set attributeName="onmouseover" to="${c('m05')}"/></svg>`],
  [
    'svg-mathml',
    'm06',
    `<svg><foreignObject><img src=x onerror=${c('m06')}></foreignObject></svg>`,
  ],
  ['svg-mathml', 'm07', `<svg><style><img src=x onerror=${c('m07')}></style></svg>`],
  [
    'svg-mathml',
    'm08',
    `<math><mtext><table><mglyph><style><img src=x onerror=${c('m08')}></style></mglyph></table></mtext></math>`,
  ],
  [
    'svg-mathml',
    'm09',
    `<math><maction actiontype="statusline" xlink:href="javascript:${c('m09')}">x</maction></math>`,
  ],
  ['svg-mathml', 'm10', `<math href="javascript:${c('m10')}">x</math>`],
  ['svg-mathml', 'm11', `<svg><image href=x onerror=${c('m11')}></svg>`],
  [
    'svg-mathml',
    'm12',
    `<svg><a><animate attributeName=href values=javascript:${c('m12')} /><text x=20 y=20>x</text></a></svg>`,
  ],
  ['svg-mathml', 'm13', `<svg><use href="${u('m13')}#x"/></svg>`],
  [
    'svg-mathml',
    'm14',
    `<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img src=x onerror=${c('m14')}>">`,
  ],
  // template, iframe, object, embed, base, meta, form.
  ['embed', 'f01', `<template><img src=x onerror=${c('f01')}></template>`],
  [
    'embed',
    'f02',
    `<div><template shadowrootmode="open"><img src=x onerror=${c('f02')}></template></div>`,
  ],
  ['embed', 'f03', `<iframe src="javascript:${t('f03')}"></iframe>`],
  ['embed', 'f04', `<iframe srcdoc="<script>${t('f04')}</script>"></iframe>`],
  ['embed', 'f05', `<iframe src="${u('f05')}"></iframe>`],
  ['embed', 'f06', `<object data="javascript:${t('f06')}"></object>`],
  ['embed', 'f07', `<embed src="javascript:${t('f07')}">`],
  ['embed', 'f08', `<embed src="${u('f08')}">`],
  ['embed', 'f09', `<object data="${u('f09')}"></object>`],
  ['embed', 'f10', `<frameset onload=${c('f10')}>`],
  ['embed', 'f11', `<base href="javascript:${c('f11')}//">`],
  ['embed', 'f12', `<meta http-equiv="refresh" content="0;url=javascript:${c('f12')}">`],
  ['embed', 'f13', `<form action="javascript:${c('f13')}"><button>go</button></form>`],
  ['embed', 'f14', `<button formaction="javascript:${c('f14')}">go</button>`],
  ['embed', 'f15', `<portal src="${u('f15')}"></portal>`],
  ['embed', 'f16', `<link rel=prefetch href="${u('f16')}">`],
  ['embed', 'f17', `<a href="https://example.org/" target=_blank>no rel</a>`],
  ['embed', 'f18', `<a ping="${u('f18')}" href="https://example.org/">ping</a>`],
  // CSS: expression(), url() and break-out tricks.
  ['css', 'c01', `expression(${c('c01')})`],
  ['css', 'c02', `x;background:url(${u('c02')})`],
  ['css', 'c03', `red;}*{background:url(${u('c03')})}`],
  ['css', 'c04', `</style><img src=x onerror=${c('c04')}>`],
  ['css', 'c05', `<style>@import url(${u('c05')});</style>`],
  ['css', 'c06', `<style>*{background:url(${u('c06')})}</style>`],
  ['css', 'c07', `url("javascript:${c('c07')}")`],
  ['css', 'c08', `<div style="background:url(${u('c08')})">x</div>`],
  ['css', 'c09', `-moz-binding:url(${u('c09')})`],
  ['css', 'c10', `</style><style>*{display:none!important}</style>`],
  ['css', 'c11', `\\3c script\\3e ${c('c11')}\\3c /script\\3e`],
  ['css', 'c12', `var(--x);background-image:image-set("${u('c12')}" 1x)`],
  ['css', 'c13', `@import "${u('c13')}";`],
  // Broken markup.
  ['broken', 'b01', `<img src=x onerror=${c('b01')}`],
  ['broken', 'b02', `<<script>${c('b02')};//<</script>`],
  ['broken', 'b03', '<div><p><span>unclosed'],
  ['broken', 'b04', '</div></div></div></article></section></body></html>'],
  ['broken', 'b05', '<!--'],
  ['broken', 'b06', `<![CDATA[<script>${c('b06')}</script>]]>`],
  ['broken', 'b07', `<?xml version="1.0"?><script>${c('b07')}</script>`],
  ['broken', 'b08', `<!DOCTYPE html><html><body onload=${c('b08')}>`],
  ['broken', 'b09', `<textarea><img src=x onerror=${c('b09')}></textarea>`],
  ['broken', 'b10', `<noscript><img src=x onerror=${c('b10')}></noscript>`],
  ['broken', 'b11', `<xmp><img src=x onerror=${c('b11')}></xmp>`],
  ['broken', 'b12', `<plaintext><img src=x onerror=${c('b12')}>`],
  ['broken', 'b13', `<img src="x" alt="a"b" onerror="${c('b13')}">`],
  ['broken', 'b14', `<a href="https://example.org/><img src=x onerror=${c('b14')}>`],
  ['broken', 'b15', '"\'`<>&;'],
  ['broken', 'b16', `<!--><img src=x onerror=${c('b16')}>-->`],
  // Unicode tricks.
  ['unicode', 'u01', '\u202egnp.exe'],
  ['unicode', 'u02', '\u200b\u200c\u200d\ufeff'],
  ['unicode', 'u03', 'lone \ud800 surrogate'],
  ['unicode', 'u04', 'nul \u0000 byte'],
  ['unicode', 'u05', `Z${'\u0336\u0322\u031b\u0317\u0349'.repeat(60)}algo`],
  ['unicode', 'u06', `＜script＞${c('u06')}＜/script＞`],
  ['unicode', 'u07', 'line\u2028separator\u2029paragraph'],
  ['unicode', 'u08', '𝓳𝓪𝓿𝓪𝓼𝓬𝓻𝓲𝓹𝓽:alert(1)'],
  ['unicode', 'u09', `%3Cscript%3E${c('u09')}%3C/script%3E`],
  ['unicode', 'u10', `\\x3cscript\\x3e${c('u10')}\\x3c/script\\x3e`],
  ['unicode', 'u11', `&lt;script&gt;${c('u11')}&lt;/script&gt;`],
  ['unicode', 'u12', 'ﷺ﷽ 👩‍❤️‍💋‍👩 🏳️‍⚧️'],
  ['unicode', 'u13', 'مرحبا <b>rtl</b> שלום'],
  ['unicode', 'u14', '\u0000\u0001\u0002\u0003\u0007\u0008\u001b[31m'],
  ['unicode', 'u15', '\ud83d'],
  // Template syntax of other frameworks and Lit's own markers: all must stay text.
  ['template', 't01', "${__havenCanary('t01')}"],
  ['template', 't02', `{{constructor.constructor("${c('t02')}")()}}`],
  ['template', 't03', '<!--?lit$1234567$-->'],
  ['template', 't04', 'lit$1234567$'],
  ['template', 't05', '<?lit$1234567$>'],
  ['template', 't06', `<%= ${c('t06')} %>`],
  ['template', 't07', `#{${c('t07')}}`],
  // Keys that break naive object lookups and JSON merges.
  ['key', 'k01', '__proto__'],
  ['key', 'k02', 'constructor'],
  ['key', 'k03', 'prototype'],
  ['key', 'k04', 'toString'],
  ['key', 'k05', 'hasOwnProperty'],
  ['key', 'k06', '{"__proto__":{"havenPolluted":true}}'],
  ['key', 'k07', '{"constructor":{"prototype":{"havenPolluted":true}}}'],
  ['key', 'k08', '../../../../etc/passwd'],
  ['key', 'k09', 'myths/../../myths/every-gender'],
];

export const payloads: Payload[] = list.map(([kind, id, value]) => ({ id, kind, value }));

/** The schemes an element may ever render in a link. */
export const SAFE_SCHEMES = ['https:', 'tel:', 'sms:', 'mailto:'];

/** Whether `value` is an absolute address with a scheme the elements may render. */
export function isSafeUrl(value: string): boolean {
  try {
    return SAFE_SCHEMES.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** The unsafe addresses: what a URL field must drop (with a warning) and never render. */
export const unsafeUrls: Payload[] = payloads.filter(
  (p) => p.kind === 'url' && !isSafeUrl(p.value),
);
