// Injected into the page by the benchmark (plain JS: it runs in the browser as written).
// Scrolls from the top of step `from` to the end of step `to` at a steady pace, one scroll per
// animation frame, and records every frame interval.
window.benchScroll = ({ from, to, pxPerSecond }) =>
  new Promise((resolve) => {
    const box = (id) => document.getElementById(id).getBoundingClientRect();
    const start = box(from).top + scrollY - innerHeight / 2;
    const end = box(to).bottom + scrollY - innerHeight / 2;
    scrollTo(0, start);
    const deltas = [];
    let maxFlakes = 0;
    let last = 0;
    const frame = (now) => {
      if (last) {
        deltas.push(now - last);
        scrollBy(0, (pxPerSecond * (now - last)) / 1000);
      }
      last = now;
      for (const c of document.querySelectorAll('canvas[data-flakes]')) maxFlakes = Math.max(maxFlakes, Number(c.dataset.flakes));
      if (scrollY < end - 1 && deltas.length < 5000) requestAnimationFrame(frame);
      else resolve({ deltas, maxFlakes });
    };
    requestAnimationFrame(frame);
  });
