/*
 * US third-country deportation map: sizes every <iframe data-tcdm> on this page to its content.
 * The map sends {source: "tcdm", type: "resize", height} whenever its height changes; this matches
 * each message to its iframe by the window it came from. No dependencies, nothing sent anywhere.
 * The message API is documented in the project's docs/INTERFACES.md.
 */
(function () {
  'use strict';
  if (window.tcdmEmbed) return;
  window.tcdmEmbed = { version: 1 };
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object' || d.source !== 'tcdm' || d.type !== 'resize') return;
    var h = d.height;
    if (typeof h !== 'number' || !(h >= 1) || h > 100000) return;
    var frames = document.querySelectorAll('iframe[data-tcdm]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = Math.ceil(h) + 'px';
        return;
      }
    }
  });
})();
