import { evaluateMerging, loadPairs } from "/work/wt-merge2/test/helpers/merge-eval.js";
const t0 = performance.now();
const r = evaluateMerging(loadPairs().slice(0, 60));
console.log(performance.now() - t0, r.precision);
