/*
 * Embeds the El Eternauta story in a news page so that it scrolls with the page, sticky graphic
 * and all. No dependencies. Usage:
 *
 *   <div data-eternauta-embed data-hide="header"></div>
 *   <script src="https://<where the story is>/embed.js" async></script>
 *
 * Builds a container as tall as the story (the story reports its height) holding a sticky,
 * viewport-tall iframe, and streams the host page's scroll offset into it; the story scrolls its
 * own document to that offset. Options (data attributes): data-src (the story's URL; default:
 * beside this script), data-hide="header", data-bg="transparent", data-title (the iframe's
 * accessible name), data-sandbox (runs the story with sandbox="allow-scripts allow-popups").
 */
(function () {
  'use strict';
  var NS = 'eternauta-embed';
  var script = document.currentScript;
  var base = script && script.src ? new URL('./', script.src).href : location.href;

  function isPx(n) {
    return typeof n === 'number' && isFinite(n) && n >= 0 && n <= 1e7;
  }

  function mount(placeholder) {
    if (placeholder.hasAttribute('data-embed-mounted')) return;
    placeholder.setAttribute('data-embed-mounted', '');
    var src = new URL(placeholder.getAttribute('data-src') || base, location.href);
    src.searchParams.set('embed', '1');
    src.searchParams.set('mode', 'sticky');
    ['hide', 'bg'].forEach(function (key) {
      var value = placeholder.getAttribute('data-' + key);
      if (value) src.searchParams.set(key, value);
    });
    var sandboxed = placeholder.hasAttribute('data-sandbox');

    var container = document.createElement('div');
    container.className = 'eternauta-embed';
    container.style.cssText = 'position:relative;height:100vh;height:100dvh;';
    var iframe = document.createElement('iframe');
    iframe.title = placeholder.getAttribute('data-title') || 'Interactive story';
    iframe.style.cssText = 'position:sticky;top:0;display:block;width:100%;height:100vh;height:100dvh;border:0;';
    if (sandboxed) iframe.setAttribute('sandbox', 'allow-scripts allow-popups');
    iframe.src = src.href;
    container.appendChild(iframe);
    placeholder.appendChild(container);

    // A sandboxed story has an opaque origin: it can only be told apart by its window.
    var target = sandboxed ? '*' : src.origin;
    var sent = -1;
    var frame = 0;
    function offset() {
      var max = Math.max(0, container.offsetHeight - iframe.offsetHeight);
      return Math.round(Math.min(max, Math.max(0, -container.getBoundingClientRect().top)));
    }
    function send() {
      frame = 0;
      var now = offset();
      if (now === sent || !iframe.contentWindow) return;
      sent = now;
      iframe.contentWindow.postMessage({ ns: NS, type: 'scroll', offset: now }, target);
    }
    function schedule() {
      if (!frame) frame = requestAnimationFrame(send);
    }
    function resend() {
      sent = -1;
      schedule();
    }

    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', resend);
    iframe.addEventListener('load', resend);
    window.addEventListener('message', function (event) {
      if (event.source !== iframe.contentWindow || event.origin !== (sandboxed ? 'null' : src.origin)) return;
      var data = event.data;
      if (!data || typeof data !== 'object' || data.ns !== NS) return;
      if (data.type === 'height' && isPx(data.height)) {
        container.style.height = data.height + 'px';
        resend();
      } else if (data.type === 'scrolled' && isPx(data.offset)) {
        // The story moved itself (a chapter link, keyboard focus): the page follows.
        window.scrollTo(0, container.getBoundingClientRect().top + window.scrollY + data.offset);
      }
    });
  }

  var placeholders = document.querySelectorAll('[data-eternauta-embed]');
  for (var i = 0; i < placeholders.length; i++) mount(placeholders[i]);
})();
