// Injected into the page by the benchmark (plain JS: it runs in the browser as written).
// Scrolls from step `from` to step `to` (down, or up when `to` comes first) at a steady pace,
// one scroll per animation frame, and records every frame interval and the step it ended on.

// Getting to `from` is a jump from wherever the page was; it settles first (its scene loaded
// and built, as it is for a reader who scrolled there), so the frames recorded are those of
// scrolling through the range, not of landing in it.
window.benchPrepare = ({ from, to }) =>
  new Promise((resolve) => {
    const box = (id) => document.getElementById(id).getBoundingClientRect();
    const down = box(to).top >= box(from).top;
    const start = (down ? box(from).top : box(from).bottom) + scrollY - innerHeight / 2;
    const end = (down ? box(to).bottom : box(to).top) + scrollY - innerHeight / 2;
    window.benchPlan = { down, end };
    scrollTo(0, start);
    const settled = () => requestIdleCallback(() => setTimeout(resolve, 500), { timeout: 3000 });
    requestAnimationFrame(() => requestAnimationFrame(settled));
  });

window.benchRun = ({ pxPerSecond }) =>
  new Promise((resolve) => {
    const { down, end } = window.benchPlan;
    const story = document.getElementById('story');
    const deltas = [];
    const steps = [];
    let maxFlakes = 0;
    let last = 0;
    const frame = (now) => {
      if (last) {
        deltas.push(now - last);
        steps.push(story.dataset.activeStep);
        scrollBy(0, ((down ? 1 : -1) * pxPerSecond * (now - last)) / 1000);
      }
      last = now;
      // Sampled every tenth frame: the recorder's own work should weigh as little as it can in what it measures.
      if (deltas.length % 10 === 0)
        for (const c of document.querySelectorAll('.graphic canvas[data-flakes]'))
          maxFlakes = Math.max(maxFlakes, Number(c.dataset.flakes));
      if (
        (down
          ? scrollY < Math.min(end, document.documentElement.scrollHeight - innerHeight) - 1
          : scrollY > Math.max(0, end) + 1) &&
        deltas.length < 5000
      )
        requestAnimationFrame(frame);
      else resolve({ deltas, steps, maxFlakes });
    };
    requestAnimationFrame(frame);
  });

window.benchScroll = async (args) => {
  await window.benchPrepare(args);
  return window.benchRun(args);
};
