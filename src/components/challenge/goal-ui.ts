/**
 * Brings a demo's goal box (Goal.astro) to life: enables "Show a solution" (which calls
 * `solve`) and returns `report`, which the island calls with every new state's verdict. The
 * success message appears, and is announced by its role="status" region, when the goal
 * becomes met; it goes away when a change leaves the goal. A demo without a goal box gets a
 * report that does nothing.
 */
export function wireGoal(
  root: Element,
  done: string,
  solve: () => void,
  signal?: AbortSignal,
): (met: boolean) => void {
  const box = root.querySelector<HTMLElement>('[data-goal]');
  if (!box) return () => {};
  const button = box.querySelector<HTMLButtonElement>('[data-goal-solve]')!;
  const status = box.querySelector<HTMLElement>('[data-goal-status]')!;
  button.disabled = false;
  button.addEventListener('click', solve, { signal });
  let was = false;
  return (met) => {
    if (met === was) return;
    was = met;
    box.classList.toggle('met', met);
    status.textContent = met ? done : '';
  };
}
