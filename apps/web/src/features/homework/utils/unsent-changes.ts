import type { ClientResponse, ModuleAnswers, StoredStepAnswer } from '@oefenruimte/shared';
import { sameAnswer } from './answers';
import { mergeAnswers, splitConflicts, type StepConflict } from './draft-conflicts';
import { readUnsent, writeUnsent } from './unsent-store';

/**
 * The changes of one draft that the server has not confirmed yet, mirrored to this device on
 * every change so that nothing written is lost to a closed tab or a dropped connection.
 */
export class UnsentChanges {
  private answers = new Map<string, StoredStepAnswer>();
  private position: string | undefined;
  /** Steps the server refused: kept here, not sent again until changed. */
  readonly invalid = new Set<string>();
  /** False when the device refused to store them (storage full or blocked). */
  kept = true;

  constructor(
    private readonly responseId: string,
    private readonly storage: Storage | undefined,
  ) {}

  /** After a reload: what this device still had, minus what the server already says. */
  load(server: ClientResponse): void {
    const unsent = readUnsent(this.responseId, this.storage);
    for (const [stepId, answer] of Object.entries(unsent?.answers ?? {})) {
      if (!sameAnswer(answer, server.answers[stepId])) this.answers.set(stepId, answer ?? null);
    }
    if (unsent?.position && unsent.position !== server.position) this.position = unsent.position;
  }

  set(stepId: string, answer: StoredStepAnswer): void {
    this.answers.set(stepId, answer ?? null);
    this.invalid.delete(stepId);
  }

  setPosition(stepId: string, serverPosition: string | null): boolean {
    if (stepId === (this.position ?? serverPosition)) return false;
    this.position = stepId;
    return true;
  }

  any(): boolean {
    return this.answers.size > 0 || this.position !== undefined;
  }

  /** What to send now: every unsent answer except refused ones, and the position. */
  sendable(): { answers: ModuleAnswers; position: string | undefined } {
    const answers: ModuleAnswers = {};
    for (const [stepId, answer] of this.answers) {
      if (!this.invalid.has(stepId)) answers[stepId] = answer ?? null;
    }
    return { answers, position: this.position };
  }

  /** Answers (not just the position) waiting to be sent: what the save indicator speaks of. */
  hasSendableAnswers(): boolean {
    return Object.keys(this.sendable().answers).length > 0;
  }

  hasSendable(): boolean {
    const { answers, position } = this.sendable();
    return Object.keys(answers).length > 0 || position !== undefined;
  }

  /** The server stored these: forget each one not changed again in the meantime. */
  confirm(sent: ModuleAnswers, position: string | undefined): void {
    for (const [stepId, answer] of Object.entries(sent)) {
      if (this.answers.has(stepId) && sameAnswer(this.answers.get(stepId), answer))
        this.answers.delete(stepId);
    }
    if (this.position === position) this.position = undefined;
  }

  /** A stale write: keep what the other side did not touch, return what both changed. */
  rebase(before: ModuleAnswers, current: ModuleAnswers): StepConflict[] {
    const { keep, conflicts } = splitConflicts(this.answers, before, current);
    this.answers = new Map([...keep, ...conflicts.map((c) => [c.stepId, c.mine] as const)]);
    return conflicts;
  }

  drop(stepId: string): void {
    this.answers.delete(stepId);
  }

  over(server: ClientResponse): { answers: ModuleAnswers; position: string | null } {
    return {
      answers: mergeAnswers(server.answers, this.answers),
      position: this.position ?? server.position,
    };
  }

  persist(version: number): void {
    const unsent = this.any()
      ? {
          answers: Object.fromEntries(this.answers),
          ...(this.position ? { position: this.position } : {}),
          baseVersion: version,
          keptAt: new Date().toISOString(),
        }
      : null;
    this.kept = writeUnsent(this.responseId, unsent, this.storage);
  }

  clear(): void {
    writeUnsent(this.responseId, null, this.storage);
  }
}
