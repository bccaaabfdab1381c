/* global document, window, location */
// Shifting Routes: sizes the site's embeds on a host page. Written for the site, no dependencies, CC BY 4.0.
// Each embed posts its content height (on load and whenever it changes); this script sets that height on
// the <iframe> that holds it. It trusts a message only if it comes from the site's origin (the origin this
// script was loaded from) and from one of the host page's own frames showing an /embed/ page of the site.
// The protocol is src/lib/site/embed.ts EMBED_MESSAGES; the embed side is src/client/embedFrame.ts.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__shiftingRoutesEmbed) return;
  window.__shiftingRoutesEmbed = true;
  var origin = new URL(script.src, location.href).origin;
  var HEIGHT = 'shifting-routes:height';
  var ASK = 'shifting-routes:ask-height';

  function ownFrames() {
    var found = [];
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var src = frames[i].src;
      if (src.indexOf(origin + '/embed/') === 0) found.push(frames[i]);
    }
    return found;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== HEIGHT || typeof data.heightPx !== 'number') return;
    if (!(data.heightPx > 0 && data.heightPx < 20000)) return;
    var frames = ownFrames();
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(data.heightPx) + 'px';
        // The frame now fits its content: no inner scrollbar.
        frames[i].setAttribute('scrolling', 'no');
      }
    }
  });

  // Frames that loaded before this script sent their height to nobody: ask them again.
  function ask() {
    var frames = ownFrames();
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: ASK }, origin);
    }
  }
  ask();
  if (document.readyState !== 'complete') window.addEventListener('load', ask);
  // A lazy frame may still be blank when asked: ask again when each one loads.
  var frames = ownFrames();
  for (var i = 0; i < frames.length; i++) frames[i].addEventListener('load', ask);
})();
