/**
 * The page's side of the training worker: downloading and checking the training set, and
 * starting a worker whose reports are checked (parseReport) before the island sees them.
 */
import { fetchOk } from '~/digits/load';
import { checkTrainSet, inflateTrainSet } from '~/digits/train-set';
import { parseReport, type Report } from './messages';

/**
 * The training set file at `url`, inflated (it is stored gzipped) and checked; throws an Error
 * with a reader-facing message.
 */
export async function loadTrainingData(url: string): Promise<ArrayBuffer> {
  const packed = await (await fetchOk(url, 'training digits file')).arrayBuffer();
  let bytes: ArrayBuffer;
  try {
    bytes = await inflateTrainSet(packed);
    checkTrainSet(bytes);
  } catch (error) {
    throw new Error(`The training digits file is damaged: ${(error as Error).message}.`);
  }
  return bytes;
}

/**
 * A new training worker. `onReport` gets each checked report; `onFailure` gets a reason when
 * the worker fails to load or run, or sends something that is not a report.
 */
export function startTrainingWorker(
  onReport: (report: Report) => void,
  onFailure: (reason: string) => void,
): Worker {
  const worker = new Worker(new URL('./training.worker.ts', import.meta.url), {
    type: 'module',
    name: 'training',
  });
  worker.addEventListener('message', (e) => {
    let report: Report;
    try {
      report = parseReport(e.data);
    } catch (error) {
      onFailure((error as Error).message);
      return;
    }
    onReport(report);
  });
  worker.addEventListener('error', (e) => {
    // Handled here: the island shows it, so the console need not.
    e.preventDefault();
    onFailure(e.message || 'the worker could not run');
  });
  worker.addEventListener('messageerror', () => onFailure('a message could not be read'));
  return worker;
}
