import { verifiedEmailOf } from '../../../src/domain/identity';
import { nextPlannedMeeting, plannedMeetings } from '../../../src/domain/planned-meetings';

describe('whose identity token it is', () => {
  const now = new Date(Date.UTC(2022, 9, 3, 7));
  const exp = String(Math.floor(now.getTime() / 1000) + 600);
  const good = {
    iss: 'https://accounts.google.com',
    aud: 'ours.apps.googleusercontent.com',
    exp,
    email: 'Smirnova@School.example',
    email_verified: 'true',
  };

  it('a Google token for our client with a verified e-mail names that e-mail', () => {
    expect(verifiedEmailOf(good, 'ours.apps.googleusercontent.com', now)).toBe('smirnova@school.example');
    expect(verifiedEmailOf({ ...good, iss: 'accounts.google.com' }, good.aud, now)).toBe(
      'smirnova@school.example',
    );
  });

  it('anything else names nobody', () => {
    const aud = good.aud;
    expect(verifiedEmailOf(good, null, now)).toBeNull();
    expect(verifiedEmailOf(null, aud, now)).toBeNull();
    expect(verifiedEmailOf({ ...good, aud: 'theirs' }, aud, now)).toBeNull();
    expect(verifiedEmailOf({ ...good, iss: 'https://accounts.example' }, aud, now)).toBeNull();
    expect(verifiedEmailOf({ ...good, exp: String(Math.floor(now.getTime() / 1000)) }, aud, now)).toBeNull();
    expect(verifiedEmailOf({ ...good, email_verified: 'false' }, aud, now)).toBeNull();
    expect(verifiedEmailOf({ ...good, email: '' }, aud, now)).toBeNull();
  });
});

describe('the next planned meeting of an individual plan', () => {
  const planned = plannedMeetings({
    requests: ['Работа с родителями'],
    competences: [],
    academicYearStart: 2022,
    planDate: new Date(2022, 8, 20),
    group: false,
  });

  it('is the plan document’s own schedule: October to May, each by the 20th', () => {
    expect(planned.map((p) => p.when)).toEqual(
      ['10.2022', '11.2022', '12.2022', '01.2023', '02.2023', '03.2023', '04.2023', '05.2023'].map(
        (m) => `до 20.${m}`,
      ),
    );
  });

  it('is the first one due from today whose period has no meeting yet', () => {
    const next = (held: Date[], today: Date) => nextPlannedMeeting(planned, held, today)?.when;
    expect(next([], new Date(2022, 9, 3))).toBe('до 20.10.2022');
    expect(next([new Date(2022, 9, 5)], new Date(2022, 9, 6))).toBe('до 20.11.2022');
    // A meeting after the 20th counts for the next month's activity.
    expect(next([new Date(2022, 9, 25)], new Date(2022, 9, 26))).toBe('до 20.12.2022');
    expect(next([], new Date(2022, 9, 21))).toBe('до 20.11.2022');
    expect(next([], new Date(2023, 4, 21))).toBeUndefined();
  });
});
