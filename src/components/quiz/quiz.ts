/**
 * <quiz-question>: judges the reader's answer against the encoded key (quiz-key.ts) and writes
 * the feedback (feedback.ts) into a polite live region. A wrong answer explains itself and may
 * be changed; "Show the answer" reveals the answer at any time. Focus stays where the reader
 * put it, except when the button they pressed hides itself: then it moves to the feedback.
 */
import { decodeAnswer } from './answer-code';
import { judgeChoice, judgeNumber, revealAnswer, type Feedback } from './feedback';
import type { QuizKey } from './quiz-key';
import { emitQuizAnswered } from '../events';

class QuizQuestionElement extends HTMLElement {
  private controller?: AbortController;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const show = this.querySelector<HTMLButtonElement>('[data-show]');
    if (!form || !show) return;
    this.controller?.abort();
    this.controller = new AbortController();
    const { signal } = this.controller;
    show.hidden = this.dataset.result === 'right' || this.dataset.result === 'shown';
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        this.show(this.judge());
      },
      { signal },
    );
    show.addEventListener('click', () => this.show(revealAnswer(this.key())), { signal });
  }

  disconnectedCallback(): void {
    this.controller?.abort();
  }

  private key(): QuizKey {
    return decodeAnswer<QuizKey>(this.dataset.code!);
  }

  private judge(): Feedback {
    const key = this.key();
    if (key.kind === 'choice') {
      const picked = this.querySelector<HTMLInputElement>('input[type="radio"]:checked');
      return judgeChoice(key, picked ? Number(picked.value) : null);
    }
    return judgeNumber(key, this.querySelector<HTMLInputElement>('input[type="text"]')!.value);
  }

  /** Writes the feedback as text (never HTML); while the answer is out, its button goes. */
  private show(feedback: Feedback): void {
    const box = this.querySelector<HTMLElement>('[data-feedback]')!;
    const verdict = document.createElement('p');
    verdict.className = 'verdict';
    if (feedback.icon) {
      const icon = document.createElement('span');
      icon.className = 'icon';
      icon.setAttribute('aria-hidden', 'true');
      icon.textContent = feedback.icon;
      verdict.append(icon, ' ');
    }
    verdict.append(feedback.verdict);
    const lines = feedback.lines.map((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      return p;
    });
    box.replaceChildren(verdict, ...lines);
    box.dataset.tone = feedback.tone;
    if (feedback.tone !== 'info') {
      this.dataset.result = feedback.tone;
      // The lesson's progress recorder counts right answers (data-question: the prompt's key).
      const question = this.dataset.question;
      if (question) emitQuizAnswered({ question, result: feedback.tone });
    }
    // "Show the answer" is offered whenever the answer is not already on screen.
    const show = this.querySelector<HTMLButtonElement>('[data-show]')!;
    const answerShown = feedback.tone === 'right' || feedback.tone === 'shown';
    const hadFocus = document.activeElement === show;
    show.hidden = answerShown;
    if (answerShown && hadFocus) box.focus();
  }
}

if (!customElements.get('quiz-question'))
  customElements.define('quiz-question', QuizQuestionElement);
