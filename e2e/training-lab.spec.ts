/**
 * The TrainingLab of lesson 7 ("Watch a network learn"), as a reader uses it: nothing is
 * downloaded until Train; training in a worker raises the held-out accuracy and redraws the
 * curve and the weight pictures; Pause, Step and Reset (same seed, same numbers); one worker
 * however often Train is pressed; a missing or damaged file or a failing worker shows a
 * message and a retry; leaving the page stops the worker; drawing and adding examples.
 */
import { axeFor } from './support/axe';
import type { Locator, Page, Worker } from '@playwright/test';
import { expect, test, ANY_BASE } from './support/fixtures';
import { watchChartJs } from './support/chart-js';
import { readTrainSetFile } from '../scripts/data/train-set-file.ts';
import { decodeTrainSet } from '../src/digits/train-set.ts';
import { DEFAULT_SETTINGS, DigitTrainer } from '../src/components/training/trainer.ts';

const LESSON = 'lessons/a-network-that-reads-digits/';
const DATA = '**/models/digit-train-set.bin.gz';

const lab = (page: Page) => page.locator('training-lab#learn');
const button = (page: Page, name: string) => lab(page).getByRole('button', { name, exact: true });
const number = async (island: Locator, key: string) =>
  Number(await island.getAttribute(`data-${key}`));

/** Counts the workers the page starts, and which have stopped. */
function watchWorkers(page: Page) {
  const started: Worker[] = [];
  const closed: Worker[] = [];
  page.on('worker', (w) => {
    started.push(w);
    w.on('close', () => closed.push(w));
  });
  return { started, closed };
}

/** A canvas's pixels as a string, to tell whether it was redrawn. */
const pixels = (canvas: Locator) => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());

async function drawOne(page: Page): Promise<void> {
  const pad = lab(page).locator('[data-pad]');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.15);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.52, box.y + box.height * 0.85, { steps: 12 });
  await page.mouse.up();
}

test.describe('TrainingLab', () => {
  test('at η = 10 the page trains, bit for bit, the run the lesson was checked on in Node, and stays below 75% for 30 epochs', async ({
    page,
  }) => {
    test.slow();
    await page.goto(`${LESSON}?learn.rate=10`);
    const island = lab(page);
    await expect(button(page, 'Train')).toBeEnabled();
    // Every report the lab shows, recorded in the page as its numbers change.
    await island.evaluate((el: HTMLElement) => {
      const seen: { batches: number; accuracy: number; running: boolean }[] = [];
      (window as unknown as { points: typeof seen }).points = seen;
      new MutationObserver(() => {
        const point = {
          batches: Number(el.dataset.batches),
          accuracy: Number(el.dataset.accuracy),
          running: el.dataset.running === 'true',
        };
        if (seen.at(-1)?.batches !== point.batches) seen.push(point);
      }).observe(el, { attributes: true, attributeFilter: ['data-batches'] });
    });
    await button(page, 'Train').click();
    const epochs30 = 30 * (4500 / DEFAULT_SETTINGS.batchSize);
    await expect
      .poll(() => number(island, 'batches'), { timeout: 120_000, intervals: [500] })
      .toBeGreaterThanOrEqual(epochs30);
    await button(page, 'Pause').click();
    await expect(island).toHaveAttribute('data-running', 'false');
    const points = await page.evaluate(
      () => (window as unknown as { points: { batches: number; accuracy: number }[] }).points,
    );
    // The same run in Node, with the lesson's settings at η = 10.
    const trainer = new DigitTrainer(decodeTrainSet(readTrainSetFile()), {
      ...DEFAULT_SETTINGS,
      learningRate: 10,
    });
    expect(points.length).toBeGreaterThan(10);
    for (const p of points) {
      while (trainer.batches < p.batches) trainer.step();
      expect(p.batches % 100, `a report at batch ${p.batches}`).toBe(0);
      expect(p.accuracy, `accuracy at batch ${p.batches}`).toBe(trainer.score().accuracy);
    }
    const within30 = points.filter((p) => p.batches <= epochs30).map((p) => p.accuracy);
    expect(Math.max(...within30)).toBeLessThan(0.75);
  });

  test('downloads nothing before Train; training raises the accuracy and redraws the pictures', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const chartJs = watchChartJs(page);
    await page.goto(LESSON);
    await expect(button(page, 'Train')).toBeEnabled();
    await expect(lab(page).getByText('Not trained yet.')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => u.includes('digit-train-set'))).toEqual([]);
    expect(requested.filter((u) => u.includes('training-chart'))).toEqual([]);
    // chart.js itself (in whichever chunk it shares with the activation plots) waits for Train too.
    expect(await chartJs.loaded()).toEqual([]);

    const weights = lab(page).locator('[data-weights]');
    // Before training, the pictures' box says what will appear in it; then the pictures do.
    const placeholder = lab(page).getByText('The pictures appear when training starts.');
    await expect(placeholder).toBeVisible();
    await button(page, 'Train').click();
    await expect(lab(page)).toHaveAttribute('data-status', 'running');
    await expect.poll(() => number(lab(page), 'seen')).toBeGreaterThan(0);
    const early = await pixels(weights);
    const chart = lab(page).locator('[data-chart-frame] canvas');
    await expect(chart).toBeVisible();
    // The watch does see chart.js once it comes.
    expect(await chartJs.loaded()).not.toEqual([]);
    const earlyChart = await pixels(chart);
    await expect
      .poll(() => number(lab(page), 'accuracy'), { timeout: 10_000 })
      .toBeGreaterThan(0.85);
    expect(requested.filter((u) => u.includes('digit-train-set'))).toHaveLength(1);
    await expect(lab(page).getByRole('status', { name: 'Held-out accuracy' })).toHaveText(
      /^\d{2}\.\d%$/,
    );
    await expect.poll(() => pixels(weights)).not.toBe(early);
    await expect(placeholder).toBeHidden();
    await expect.poll(() => pixels(chart)).not.toBe(earlyChart);
    await button(page, 'Pause').click();
    await expect(lab(page).getByText('Paused.')).toBeVisible();
    await expect(lab(page).locator('[data-announce]')).toContainText('held-out accuracy');
    // There is a network to test now: the pad's invitation says so.
    await expect(lab(page).getByRole('status', { name: "Your network's guess" })).toHaveText(
      'Draw a digit.',
    );
  });

  test(
    'Pause stops, Step trains one batch, and Reset gives the same numbers for the same steps',
    ANY_BASE,
    async ({ page }) => {
      await page.goto(LESSON);
      const island = lab(page);
      const stepThree = async () => {
        for (let k = 1; k <= 3; k++) {
          await button(page, 'Step one batch').click();
          await expect(island).toHaveAttribute('data-batches', String(k));
        }
        return {
          accuracy: await island.getAttribute('data-accuracy'),
          cost: await island.getAttribute('data-cost'),
          shown: await island.getByRole('status', { name: 'Held-out accuracy' }).textContent(),
          weights: await pixels(island.locator('[data-weights]')),
        };
      };
      const first = await stepThree();
      await expect(island.getByRole('status', { name: 'Digits seen' })).toHaveText('30');
      await button(page, 'Reset').click();
      await expect(island).toHaveAttribute('data-batches', '0');
      const second = await stepThree();
      expect(second).toEqual(first);

      await button(page, 'Train').click();
      await expect.poll(() => number(island, 'batches')).toBeGreaterThan(100);
      await button(page, 'Pause').click();
      await expect(island).toHaveAttribute('data-status', 'paused');
      // The worker's last report says it has stopped.
      await expect(island).toHaveAttribute('data-running', 'false');
      const paused = await number(island, 'batches');
      await page.waitForTimeout(400);
      expect(await number(island, 'batches')).toBe(paused);
      await button(page, 'Step one batch').click();
      await expect(island).toHaveAttribute('data-batches', String(paused + 1));
    },
  );

  test('pressing Train again and again starts one worker', async ({ page }) => {
    const workers = watchWorkers(page);
    await page.goto(LESSON);
    // Press Train several times in one go, even past its disabled state while it starts.
    await button(page, 'Train').evaluate((b: HTMLButtonElement) => {
      for (let k = 0; k < 5; k++) {
        b.disabled = false;
        b.click();
      }
    });
    await expect.poll(() => number(lab(page), 'seen')).toBeGreaterThan(0);
    for (let k = 0; k < 3; k++) {
      await button(page, 'Pause').click();
      await button(page, 'Train').click();
    }
    await page.waitForTimeout(300);
    expect(workers.started).toHaveLength(1);
  });

  for (const [fault, respond, message] of [
    [
      'missing (404)',
      { status: 404, body: 'Not found' },
      /training digits file is missing \(HTTP 404/,
    ],
    ['damaged', { status: 200, body: 'NLTS\u0001garbage' }, /training digits file is damaged/],
    [
      'cut-off gzipped',
      // A gzip stream's first 10 bytes (magic 1f 8b, deflate, no flags) and nothing after.
      { status: 200, body: Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 3, 0x4b]) },
      /training digits file is damaged: Its compressed data is cut short or corrupt/,
    ],
  ] as const) {
    // The missing file is also tested under the sub-path; how a damaged one is read does not
    // depend on where it was fetched from.
    test(
      `a ${fault} training file shows a message, and Try again works once it is back`,
      fault.startsWith('missing') ? {} : ANY_BASE,
      async ({ page }) => {
        let failing = true;
        await page.route(DATA, (route) => (failing ? route.fulfill(respond) : route.continue()));
        await page.goto(LESSON);
        await button(page, 'Train').click();
        const alert = lab(page).getByRole('alert');
        await expect(alert).toHaveText(message);
        await expect(alert).toContainText('the rest of the page still works');
        await expect(button(page, 'Train')).toBeEnabled();
        failing = false;
        await alert.getByRole('button', { name: 'Try again' }).click();
        await expect(alert).toBeHidden();
        await expect
          .poll(() => number(lab(page), 'accuracy'), { timeout: 10_000 })
          .toBeGreaterThan(0.5);
      },
    );
  }

  test('a worker that fails shows a message and leaves the page working', async ({ page }) => {
    await page.route('**/training.worker*.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("worker broke");' }),
    );
    await page.goto(LESSON);
    await button(page, 'Train').click();
    const alert = lab(page).getByRole('alert');
    await expect(alert).toContainText('Training stopped because of an error');
    await expect(button(page, 'Train')).toBeEnabled();
    // The rest of the page still answers: a quiz reveals its answer.
    const quiz = page.locator('quiz-question').first();
    await quiz.getByRole('button', { name: 'Show the answer' }).click();
    await expect(quiz.getByRole('status')).toContainText('The answer is');
  });

  test('leaving the page or removing the island stops the worker', async ({ page }) => {
    const workers = watchWorkers(page);
    await page.goto(LESSON);
    await button(page, 'Train').click();
    await expect.poll(() => number(lab(page), 'seen')).toBeGreaterThan(0);
    await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
    await expect.poll(() => workers.closed.length).toBe(1);
    await expect(lab(page)).toHaveAttribute('data-status', 'stopped');
    await button(page, 'Train').click();
    await expect.poll(() => workers.started.length).toBe(2);
    await expect.poll(() => number(lab(page), 'seen')).toBeGreaterThan(0);
    await lab(page).evaluate((el) => el.remove());
    await expect.poll(() => workers.closed.length).toBe(2);
  });

  test(
    'reads a drawing and adds it to the training set with its label',
    ANY_BASE,
    async ({ page }) => {
      await page.goto(LESSON);
      const island = lab(page);
      const guess = island.getByRole('status', { name: "Your network's guess" });
      await drawOne(page);
      await expect(guess).toHaveText(/Press Train first/);
      await button(page, 'Train').click();
      await expect
        .poll(() => number(island, 'accuracy'), { timeout: 10_000 })
        .toBeGreaterThan(0.85);
      await button(page, 'Pause').click();
      await expect(guess).toHaveText(/^(It reads \d|Not sure: .*)$/);
      await island.getByRole('combobox', { name: 'This drawing is a' }).selectOption('1');
      await button(page, 'Add to the training set').click();
      await expect(island.locator('[data-examples]')).toHaveText(
        /^1 of your drawings is in the training set/,
      );
      await expect(button(page, 'Add to the training set')).toBeDisabled();
      // With a network to test and the pad clear, the invitation no longer says to train first.
      await expect(guess).toHaveText('Draw a digit.');
      await button(page, 'Step one batch').click();
      // The next epoch's order holds the 4,500 digits and ten copies of the drawing.
      await button(page, 'Reset').click();
      await expect(island).toHaveAttribute('data-batches', '0');
      await drawOne(page);
      await button(page, 'Add to the training set').click();
      await expect(island.locator('[data-examples]')).toHaveText(
        /^2 of your drawings are in the training set/,
      );
    },
  );

  test('settings go into the link and come back from it', async ({ page }) => {
    await page.goto(LESSON);
    await lab(page).getByRole('combobox', { name: 'Learning rate η' }).selectOption('3');
    await lab(page).getByRole('combobox', { name: 'Hidden activation' }).selectOption('relu');
    await expect
      .poll(() => {
        const params = new URL(page.url()).searchParams;
        return [params.get('learn.rate'), params.get('learn.f')];
      })
      .toEqual(['3', 'relu']);
    await page.reload();
    await expect(lab(page).getByRole('combobox', { name: 'Learning rate η' })).toHaveValue('3');
    await expect(lab(page).getByRole('combobox', { name: 'Hidden activation' })).toHaveValue(
      'relu',
    );
  });

  test(
    'is keyboard usable: Enter trains, focus moves to Pause, Space pauses',
    ANY_BASE,
    async ({ page }) => {
      await page.goto(LESSON);
      await button(page, 'Train').focus();
      await page.keyboard.press('Enter');
      await expect(button(page, 'Pause')).toBeFocused();
      await expect(lab(page)).toHaveAttribute('data-status', 'running');
      await page.keyboard.press('Space');
      await expect(lab(page)).toHaveAttribute('data-status', 'paused');
      await expect(button(page, 'Train')).toBeFocused();
    },
  );

  for (const scheme of ['light', 'dark'] as const) {
    test(
      `is axe clean and fits 360 px, before and while training (${scheme})`,
      ANY_BASE,
      async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: 360, height: 800 });
        await page.goto(LESSON);
        const check = async () => {
          const axe = await axeFor(page).include('training-lab').analyze();
          expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
          const fit = await page.evaluate(() => ({
            page: document.documentElement.scrollWidth,
            right: document.querySelector('training-lab')!.getBoundingClientRect().right,
          }));
          expect(fit.page).toBeLessThanOrEqual(360);
          expect(fit.right).toBeLessThanOrEqual(360);
        };
        await check();
        await button(page, 'Train').click();
        await expect.poll(() => number(lab(page), 'seen')).toBeGreaterThan(0);
        await button(page, 'Pause').click();
        await check();
      },
    );
  }
});
