import type {
  ClientResponse,
  ModuleAnswers,
  SaveDraftRequest,
  StoredStepAnswer,
} from '@oefenruimte/shared';
import { ApiRequestError } from '../../../lib/api/api-client';
import type { ConflictChoice, StepConflict } from './draft-conflicts';
import type { DraftSyncOptions, DraftSyncState, SyncStatus } from './draft-sync-state';
import { UnsentChanges } from './unsent-changes';

/**
 * Autosave for one draft response. Every change is written to this device at once and sent to
 * the server after a short pause in typing, with only the changed steps and the version it was
 * made on. Offline or failing: kept, and sent again when the connection returns.
 */
export class DraftSync {
  private server: ClientResponse;
  private readonly unsent: UnsentChanges;
  private conflicts: StepConflict[] = [];
  private status: SyncStatus = 'saved';
  private inflight: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;
  private state: DraftSyncState;
  private readonly listeners = new Set<() => void>();
  private readonly onOnline = () => void this.flush();

  constructor(
    server: ClientResponse,
    private readonly options: DraftSyncOptions,
  ) {
    this.server = server;
    this.unsent = new UnsentChanges(server.id, options.storage);
    this.unsent.load(server);
    this.state = this.buildState();
    window.addEventListener('online', this.onOnline);
    if (this.unsent.any()) {
      this.setStatus(this.online() ? 'pending' : 'offline');
      void this.flush();
    }
  }

  readonly getState = (): DraftSyncState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  change(stepId: string, answer: StoredStepAnswer): void {
    this.unsent.set(stepId, answer);
    this.afterLocalChange(true);
  }

  setPosition(stepId: string): void {
    // Moving between steps is saved quietly: the indicator speaks only of answers.
    if (this.unsent.setPosition(stepId, this.server.position)) this.afterLocalChange(false);
  }

  /** A newer copy from the server (a refetch): taken as the base, unsent answers stay on top. */
  adoptServer(response: ClientResponse): void {
    if (response.id !== this.server.id || response.version <= this.server.version) return;
    if (!this.inflight) this.rebase(response);
  }

  /** Sends what is unsent now. Resolves when that attempt is over (successful or not). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.inflight) {
      this.again = true;
      return this.inflight;
    }
    if (this.conflicts.length > 0 || this.status === 'closed' || !this.unsent.hasSendable())
      return Promise.resolve();
    const { answers, position } = this.unsent.sendable();
    if (Object.keys(answers).length > 0) this.setStatus('saving');
    const body: SaveDraftRequest = {
      answers,
      version: this.server.version,
      ...(position ? { position } : {}),
    };
    this.inflight = this.options
      .save(this.server.id, body)
      .then((saved) => this.onSaved(saved, answers, position))
      .catch((error: unknown) => this.onFailed(error))
      .finally(() => {
        this.inflight = null;
        if (this.again) {
          this.again = false;
          void this.flush();
        }
      });
    return this.inflight;
  }

  /** Flushes until nothing is unsent or sending fails; true when everything is on the server. */
  async settle(): Promise<boolean> {
    for (let attempt = 0; attempt < 3 && this.unsent.any(); attempt += 1) {
      await this.flush();
      if (this.status !== 'saved' && this.status !== 'pending') break;
    }
    return !this.unsent.any();
  }

  resolveConflicts(choices: Readonly<Record<string, ConflictChoice>>): void {
    for (const conflict of this.conflicts) {
      if (choices[conflict.stepId] !== 'mine') this.unsent.drop(conflict.stepId);
    }
    this.conflicts = [];
    this.status = 'pending';
    this.persist();
    void this.flush();
  }

  /** What the server said when it refused a write for being stale (409 with `current`). */
  rebase(current: ClientResponse): void {
    this.conflicts = this.unsent.rebase(this.server.answers, current.answers);
    this.server = current;
    this.status = this.conflicts.length > 0 ? 'conflict' : this.unsent.any() ? 'pending' : 'saved';
    this.persist();
  }

  dispose(clearDevice = false): void {
    clearTimeout(this.timer);
    window.removeEventListener('online', this.onOnline);
    if (clearDevice) this.unsent.clear();
    this.listeners.clear();
  }

  private online(): boolean {
    return this.options.isOnline ? this.options.isOnline() : navigator.onLine !== false;
  }

  private afterLocalChange(answered: boolean): void {
    if (answered && this.status !== 'conflict' && this.status !== 'closed')
      this.status = this.online() ? 'pending' : 'offline';
    this.persist();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.debounceMs ?? 1200);
  }

  private onSaved(saved: ClientResponse, sent: ModuleAnswers, position: string | undefined): void {
    this.server = saved;
    this.unsent.confirm(sent, position);
    this.retries = 0;
    this.status = this.unsent.hasSendableAnswers() ? 'pending' : 'saved';
    this.again ||= this.unsent.hasSendable();
    this.persist();
  }

  private onFailed(error: unknown): void {
    const failure = error instanceof ApiRequestError ? error : null;
    const current = failure?.current as ClientResponse | undefined;
    if (failure?.status === 409 && current?.answers && current.id === this.server.id) {
      this.rebase(current);
      this.again ||= this.status === 'pending';
    } else if (failure?.status === 400) {
      for (const field of failure.fields) {
        const stepId = /^answers\.([^.]+)/.exec(field.field)?.[1];
        if (stepId) this.unsent.invalid.add(stepId);
      }
      this.retryLater(this.unsent.hasSendable() ? 'retrying' : 'saved');
    } else if (failure?.status === 404 || failure?.status === 409) {
      this.setStatus('closed');
    } else {
      this.retryLater(!failure || failure.status === 0 || !this.online() ? 'offline' : 'retrying');
    }
  }

  private retryLater(status: SyncStatus): void {
    this.setStatus(status);
    if (status === 'saved') return;
    const delays = this.options.retryDelaysMs ?? [2000, 5000, 10_000, 30_000];
    const delay = delays[Math.min(this.retries, delays.length - 1)] ?? 30_000;
    this.retries += 1;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private persist(): void {
    this.unsent.persist(this.server.version);
    this.publish();
  }

  private setStatus(status: SyncStatus): void {
    this.status = status;
    this.publish();
  }

  private publish(): void {
    this.state = this.buildState();
    for (const listener of this.listeners) listener();
  }

  private buildState(): DraftSyncState {
    return {
      ...this.unsent.over(this.server),
      version: this.server.version,
      status: this.status,
      conflicts: this.conflicts,
      invalidSteps: [...this.unsent.invalid],
      keptOnDevice: this.unsent.kept,
      unsent: this.unsent.any(),
    };
  }
}
