import { submitKeyFor } from '../features/homework/utils/submit-key-store';
import { readUnsent, writeUnsent } from '../features/homework/utils/unsent-store';
import { clearDeviceData } from './clear-device-data';
import { enqueueHomework, readHomeworkOutbox } from './homework-outbox';

const unsent = { answers: { stap: 'iets wat nog niet verstuurd is' }, baseVersion: 1, keptAt: '' };
const waiting = (responseId: string) => ({
  assignmentId: 'as-1',
  responseId,
  title: 'Ontwennen',
  share: [],
  discuss: [],
  idempotencyKey: `key-${responseId}`,
});

describe('what leaves the device at logout', () => {
  beforeEach(() => localStorage.clear());

  it('removes the answers typed offline, the submit keys and the outbox of the person who logs out', async () => {
    writeUnsent('r-mine', unsent);
    submitKeyFor('r-mine');
    enqueueHomework('me', waiting('r-mine'));
    await clearDeviceData('me', 'logged-out');
    expect(readUnsent('r-mine')).toBeNull();
    expect(readHomeworkOutbox('me')).toEqual([]);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('oefenruimte.'))).toEqual([]);
  });

  it('keeps what another account still has waiting to send on this device', async () => {
    writeUnsent('r-other', unsent);
    submitKeyFor('r-other');
    enqueueHomework('other', waiting('r-other'));
    writeUnsent('r-mine', unsent);
    await clearDeviceData('me', 'logged-out');
    expect(readUnsent('r-other')).toEqual(unsent);
    expect(readHomeworkOutbox('other')).toHaveLength(1);
    expect(localStorage.getItem('oefenruimte.homework.submit.r-other')).not.toBeNull();
    expect(readUnsent('r-mine')).toBeNull();
  });

  it('keeps everything when the session only timed out', async () => {
    writeUnsent('r-mine', unsent);
    enqueueHomework('me', waiting('r-mine'));
    await clearDeviceData('me', 'expired');
    expect(readUnsent('r-mine')).toEqual(unsent);
    expect(readHomeworkOutbox('me')).toHaveLength(1);
  });
});

describe('what leaves the tab at logout', () => {
  beforeEach(() => sessionStorage.clear());

  it('removes the unsaved check-in and signaleringsplan of this tab, keeps an invitation code on its way', async () => {
    sessionStorage.setItem('oefenruimte.checkins.unsent', '{"values":{}}');
    sessionStorage.setItem('oefenruimte.safety-plan.draft', '{"content":{}}');
    sessionStorage.setItem('oefenruimte.invitationCode', 'ABC-123');
    await clearDeviceData('me', 'logged-out');
    expect(Object.keys(sessionStorage)).toEqual(['oefenruimte.invitationCode']);
  });

  it('keeps them when the session only timed out', async () => {
    sessionStorage.setItem('oefenruimte.safety-plan.draft', '{"content":{}}');
    await clearDeviceData('me', 'expired');
    expect(sessionStorage.getItem('oefenruimte.safety-plan.draft')).not.toBeNull();
  });
});
