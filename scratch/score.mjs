import { getLogNormalScore } from '../node_modules/lighthouse/shared/statistics.js';
const c = { fcp: [1800, 3000], si: [3387, 5800], lcp: [2500, 4000], tbt: [200, 600], cls: [0.1, 0.25] };
const [fcp, si, lcp, tbt] = process.argv.slice(2).map(Number);
const s = { fcp: getLogNormalScore({ p10: c.fcp[0], median: c.fcp[1] }, fcp), si: getLogNormalScore({ p10: c.si[0], median: c.si[1] }, si), lcp: getLogNormalScore({ p10: c.lcp[0], median: c.lcp[1] }, lcp), tbt: getLogNormalScore({ p10: c.tbt[0], median: c.tbt[1] }, tbt) };
const total = 0.1 * s.fcp + 0.1 * s.si + 0.25 * s.lcp + 0.3 * s.tbt + 0.25;
console.log(JSON.stringify(s), 'total', (total * 100).toFixed(2));
