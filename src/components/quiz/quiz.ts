/**
 * <quiz-question>: checks the reader's answer against the encoded one and explains it.
 * Right or wrong, the explanation is shown; a wrong answer may be changed and checked again.
 */
import { formatNumber } from '~/render/format';
import { decodeAnswer, parseTypedNumber } from './answer-code';

type Answer =
  | { kind: 'choice'; answer: number; explanation: string; right: string }
  | { kind: 'number'; answer: number; tolerance: number; explanation: string };

class QuizQuestionElement extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form || form.dataset.ready) return;
    form.dataset.ready = '';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.check();
    });
  }

  private check(): void {
    const key = decodeAnswer<Answer>(this.dataset.code!);
    const feedback = this.querySelector<HTMLElement>('[data-feedback]')!;
    let right: boolean;
    let detail = '';
    if (key.kind === 'choice') {
      const picked = this.querySelector<HTMLInputElement>('input[type="radio"]:checked');
      if (!picked) return this.say(feedback, 'Choose an answer first.', '');
      right = Number(picked.value) === key.answer;
      if (!right) detail = `The answer is “${key.right}”.`;
    } else {
      const input = this.querySelector<HTMLInputElement>('input[type="text"]')!;
      const value = parseTypedNumber(input.value);
      if (Number.isNaN(value)) {
        return this.say(feedback, 'Type a number, such as 0.5 or −2.', '');
      }
      right = Math.abs(value - key.answer) <= key.tolerance + 1e-12;
      if (!right) detail = `The answer is ${formatNumber(key.answer, decimalsOf(key.tolerance))}.`;
    }
    this.say(feedback, right ? 'Right.' : 'Not quite.', `${detail} ${key.explanation}`.trim());
    this.dataset.result = right ? 'right' : 'wrong';
  }

  /** Writes the feedback as text (never HTML). */
  private say(feedback: HTMLElement, verdict: string, explanation: string): void {
    const v = document.createElement('p');
    v.className = 'verdict';
    v.textContent = verdict;
    const e = document.createElement('p');
    e.textContent = explanation;
    feedback.replaceChildren(v, ...(explanation ? [e] : []));
  }
}

/** Decimals that show a number to the precision its tolerance asks for (0.005 → 2). */
function decimalsOf(tolerance: number): number {
  if (tolerance <= 0) return 3;
  return Math.max(0, Math.min(4, Math.ceil(-Math.log10(tolerance * 2))));
}

if (!customElements.get('quiz-question'))
  customElements.define('quiz-question', QuizQuestionElement);
