import type { Catalog } from '../../domain/catalog';

/** Shares the generator aims for; each is a probability in [0, 1]. */
export interface ActivityRates {
  /** Registrations repeated a few minutes later (same contact, email in other case). */
  duplicate: number;
  /** Contacts who also register for a second event. */
  secondEvent: number;
  /** Registrations cancelled before the event. */
  cancellation: number;
  /** Registrations kept but never joined (no personalised click inside the window). */
  noShow: number;
  /** Kept registrations with a personalised click earlier than start − 120 min (testing the link). */
  tooEarly: number;
  /** Kept registrations whose join link is forwarded and clicked by someone else. */
  forwarded: number;
  /** Kept registrations with a click after the end. */
  afterEnd: number;
  /** Attendees who click the join link a second time. */
  rejoin: number;
  /** Zoom join clicks whose names differ in case or surrounding spaces from the registration's. */
  zoomNameVariant: number;
  /** Contacts registering with `consent: false`. */
  consentFalse: number;
  /** Emails opened (per email a contact is expected to receive). */
  emailOpen: number;
  /** Opened emails also clicked. */
  emailClick: number;
  /** Opened emails opened again later. */
  reopen: number;
  /** Contacts whose phone number changes (a `contact.updated` record). */
  contactUpdate: number;
}

export const defaultRates: ActivityRates = {
  duplicate: 0.04,
  secondEvent: 0.15,
  cancellation: 0.08,
  noShow: 0.35,
  tooEarly: 0.04,
  forwarded: 0.03,
  afterEnd: 0.02,
  rejoin: 0.25,
  zoomNameVariant: 0.5,
  consentFalse: 0.05,
  emailOpen: 0.55,
  emailClick: 0.25,
  reopen: 0.4,
  contactUpdate: 0.03,
};

/** Email tiles whose opens and clicks appear in the log; `null` leaves that email out. */
export interface EmailTiles {
  /** Sent on registration (a confirmation). */
  onRegistration: string | null;
  /** Sent one day before the event (a reminder). */
  dayBefore: string | null;
  /** Sent after the event to attendees. */
  attended: string | null;
  /** Sent after the event to no-shows. */
  missed: string | null;
}

/** The email tiles of `benchJourney()`. */
export const benchEmailTiles: EmailTiles = { onRegistration: 'confirm', dayBefore: 'reminder', attended: 'thanks', missed: 'replay' };

export interface ActivityOptions {
  seed: number;
  /** How many contacts register (default 1,000); ignored when `records` is given. */
  contacts?: number;
  /**
   * Exactly this many records: contacts are added until the total is reached (the last one's
   * activity is cut short).
   */
  records?: number;
  /** Default: `generateCatalog(seed)`. */
  catalog?: Catalog;
  rates?: Partial<ActivityRates>;
  emailTiles?: Partial<EmailTiles>;
  /** First registrations are spread evenly over [from, until) (epoch ms). Default: the six weeks before two days ahead of the first event. */
  registrationFrom?: number;
  registrationUntil?: number;
}
