import { Emulator, NotEmulatedError } from '../../emulator';

/** CalendarApp as the reference documents it, and what a person does in Calendar (move, delete, open). */
const CURATOR = 'curator@school.example';
const MENTOR = 'mentor@school.example';
const START = new Date(2022, 9, 17, 15, 0);
const END = new Date(2022, 9, 17, 15, 45);

function account(user = CURATOR) {
  const emulator = new Emulator(undefined, { enforceScopes: true });
  emulator.setNow(new Date(2022, 8, 20, 9, 0));
  emulator.state.session.activeUser = user;
  emulator.state.session.effectiveUser = user;
  return { emulator, CalendarApp: emulator.globals.CalendarApp };
}

describe('CalendarApp', () => {
  it('creates an event with guests on the default calendar; guests see it, strangers do not', () => {
    const { emulator, CalendarApp } = account();
    const calendar = CalendarApp.getDefaultCalendar();
    expect(calendar.getId()).toBe(CURATOR);
    const event = calendar.createEvent('Встреча', START, END, {
      guests: `${MENTOR}, Other@School.example`,
      description: 'План',
      sendInvites: true,
    });
    expect(event.getId()).toMatch(/@google\.com$/);
    expect(event.getGuestList().map((g) => g.getEmail())).toEqual([MENTOR, 'other@school.example']);
    expect(event.getGuestList(true).map((g) => String(g.getGuestStatus()))).toEqual([
      'OWNER',
      'INVITED',
      'INVITED',
    ]);
    expect(event.getStartTime()).toEqual(START);
    expect(event.getDescription()).toBe('План');
    expect(calendar.getEventById(event.getId())!.getTitle()).toBe('Встреча');
    expect(calendar.getEvents(new Date(2022, 9, 17), new Date(2022, 9, 18))).toHaveLength(1);
    expect(calendar.getEvents(new Date(2022, 9, 18), new Date(2022, 9, 19))).toHaveLength(0);
    emulator.state.session.activeUser = MENTOR;
    const mine = CalendarApp.getDefaultCalendar().getEventById(event.getId())!;
    expect(mine.getOriginalCalendarId()).toBe(CURATOR);
    expect(mine.isOwnedByMe()).toBe(false);
    expect(() => mine.setTime(START, END)).toThrow(NotEmulatedError);
    emulator.state.session.activeUser = 'stranger@school.example';
    expect(CalendarApp.getDefaultCalendar().getEventById(event.getId())).toBeNull();
  });

  it('getCalendarById gives only a calendar the user has: another user’s is null', () => {
    const { CalendarApp } = account();
    expect(CalendarApp.getCalendarById(CURATOR)!.getId()).toBe(CURATOR);
    expect(CalendarApp.getCalendarById(MENTOR)).toBeNull();
  });

  it('moves, reminds and deletes: a deleted event is null and not listed; a guest’s delete is their own', () => {
    const { emulator, CalendarApp } = account();
    const calendar = CalendarApp.getDefaultCalendar();
    const event = calendar.createEvent('Встреча', START, END, { guests: MENTOR });
    event.addPopupReminder(1440).addPopupReminder(30).addPopupReminder(30);
    expect(event.getPopupReminders()).toEqual([1440, 30]);
    expect(() => event.addPopupReminder(50000)).toThrow('Invalid argument');
    event.setTime(new Date(2022, 9, 18, 10, 0), new Date(2022, 9, 18, 11, 0));
    expect(calendar.getEventById(event.getId())!.getEndTime()).toEqual(new Date(2022, 9, 18, 11, 0));
    emulator.state.session.activeUser = MENTOR;
    CalendarApp.getDefaultCalendar().getEventById(event.getId())!.deleteEvent();
    expect(CalendarApp.getDefaultCalendar().getEventById(event.getId())).toBeNull();
    emulator.state.session.activeUser = CURATOR;
    expect(calendar.getEventById(event.getId())!.getGuestByEmail(MENTOR)!.getGuestStatus()).toBe('NO');
    calendar.getEventById(event.getId())!.deleteEvent();
    expect(calendar.getEventById(event.getId())).toBeNull();
    expect(calendar.getEvents(new Date(2022, 0, 1), new Date(2023, 0, 1))).toHaveLength(0);
  });

  it('refuses what Apps Script refuses, and throws NotEmulatedError for what it does not emulate', () => {
    const { CalendarApp } = account();
    const calendar = CalendarApp.getDefaultCalendar();
    expect(() => calendar.createEvent('x', END, START)).toThrow(
      'Event start date must be before event end date.',
    );
    expect(() => calendar.createEvent('x', START, END, { guests: 'не адрес' })).toThrow('Invalid argument');
    expect(() => calendar.createEvent('x', START, END, { location: 'каб. 12', color: '1' })).toThrow(
      NotEmulatedError,
    );
    expect(() =>
      (calendar as unknown as { createAllDayEvent(t: string, d: Date): void }).createAllDayEvent('x', START),
    ).toThrow(NotEmulatedError);
  });

  it('needs a calendar scope in the manifest', () => {
    const emulator = new Emulator(undefined, {
      manifest: { oauthScopes: ['https://www.googleapis.com/auth/spreadsheets'] },
      enforceScopes: true,
    });
    expect(() => emulator.globals.CalendarApp.getDefaultCalendar()).toThrow(
      'Specified permissions are not sufficient to call CalendarApp.getDefaultCalendar',
    );
  });

  it('opening an event gives the eventOpenTrigger event object; attendees only with READ access', () => {
    const { emulator } = account();
    const id = emulator.addCalendarEvent(CURATOR, 'Встреча', START, END, [MENTOR]);
    emulator.state.session.activeUser = MENTOR;
    const { runFunction, event } = emulator.openCalendarEvent(id);
    expect(runFunction).toBe('onCalendarEventOpen');
    expect(event.commonEventObject.hostApp).toBe('CALENDAR');
    expect(event.calendar).toMatchObject({
      id: id.replace('@google.com', ''),
      calendarId: MENTOR,
      organizer: { email: CURATOR },
      capabilities: { canSeeAttendees: true },
    });
    expect(event.calendar!.attendees.map((a) => [a.email, a.organizer, a.self, a.responseStatus])).toEqual([
      [CURATOR, true, false, 'accepted'],
      [MENTOR, false, true, 'needsAction'],
    ]);
    const metadataOnly = new Emulator(emulator.state, {
      manifest: { addOns: { calendar: { eventOpenTrigger: { runFunction: 'f' } } } },
    });
    expect(metadataOnly.openCalendarEvent(id).event.calendar!.attendees).toBeUndefined();
    emulator.state.session.activeUser = 'stranger@school.example';
    expect(() => emulator.openCalendarEvent(id)).toThrow('has no calendar event');
  });
});
