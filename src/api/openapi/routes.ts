import { z } from 'zod';
import { conditionSchema } from '../../domain/journey-schema';
import {
  badRequestDetailsSchema,
  errorBodySchema,
  journeyConflictDetailsSchema,
  journeyResourceSchema,
  validationDetailsSchema,
} from '../common';
import { createJourneyBodySchema } from '../create-journey';
import { createTriggerBodySchema, createTriggerResponseSchema } from '../create-trigger';
import { eventAdminSettingsSchema } from '../get-event-admin-settings';
import { journeyVersionSchema } from '../get-journey-version';
import { listContactsQuerySchema, listContactsResponseSchema } from '../list-contacts';
import { listEmailTemplatesQuerySchema, listEmailTemplatesResponseSchema, emailTemplateSchema } from '../list-email-templates';
import { listEventActivityQuerySchema, listEventActivityResponseSchema } from '../list-event-activity';
import { eventResourceSchema, listEventsQuerySchema, listEventsResponseSchema } from '../list-events';
import { listJourneyVersionsQuerySchema, listJourneyVersionsResponseSchema } from '../list-journey-versions';
import { listJourneysQuerySchema, listJourneysResponseSchema } from '../list-journeys';
import { listTriggersQuerySchema, listTriggersResponseSchema } from '../list-triggers';
import { saveJourneyBodySchema } from '../save-journey';
import { updateTriggerBodySchema } from '../update-trigger';

/** Error bodies whose `details` has a known shape, derived from the one error schema. */
const errorWith = (details: z.ZodType) =>
  z.object({ error: errorBodySchema.shape.error.extend({ details }) }).strict();

/** Named schemas: each becomes `#/components/schemas/<name>`. */
export const components = {
  Error: errorBodySchema,
  BadRequestError: errorWith(badRequestDetailsSchema),
  ValidationError: errorWith(validationDetailsSchema),
  JourneyConflictError: errorWith(journeyConflictDetailsSchema),
  JourneyResource: journeyResourceSchema,
  // Recursive (all / any / not): named so the recursion is a plain $ref.
  Condition: conditionSchema,
  JourneyPage: listJourneysResponseSchema,
  CreateJourneyBody: createJourneyBodySchema,
  JourneyDocument: saveJourneyBodySchema,
  JourneyVersionPage: listJourneyVersionsResponseSchema,
  JourneyVersion: journeyVersionSchema,
  TriggerPage: listTriggersResponseSchema,
  CreateTriggerBody: createTriggerBodySchema,
  UpdateTriggerBody: updateTriggerBodySchema,
  TriggerDefinition: createTriggerResponseSchema,
  EventPage: listEventsResponseSchema,
  Event: eventResourceSchema,
  ActivityPage: listEventActivityResponseSchema,
  ContactPage: listContactsResponseSchema,
  EmailTemplatePage: listEmailTemplatesResponseSchema,
  EmailTemplate: emailTemplateSchema,
  EventAdminSettings: eventAdminSettingsSchema,
} as const;
export type ComponentName = keyof typeof components;

export type RouteResponse = { description: string; body?: ComponentName; headers?: string[] };
export type Route = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI template: `/journeys/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  query?: z.ZodObject;
  ifMatch?: boolean;
  body?: ComponentName;
  responses: Record<number, RouteResponse>;
};

const e400: RouteResponse = { description: 'Malformed request (not JSON, wrong shape, bad cursor or parameter).', body: 'BadRequestError' };
const e404: RouteResponse = { description: 'No such resource.', body: 'Error' };
const e422: RouteResponse = { description: 'The journey is not valid; `details.findings` lists the validator findings.', body: 'ValidationError' };
const journeyConflict: RouteResponse = { description: 'Conflict; `details.current` is the resource as the server has it now.', body: 'JourneyConflictError' };
const resource = (description: string, status = 200): Record<number, RouteResponse> => ({
  [status]: { description, body: 'JourneyResource', headers: status === 201 ? ['ETag', 'Location'] : ['ETag'] },
});

/** Every route of api.md with its statuses (500 and 503 are added to every route). */
export const routes: Route[] = [
  { method: 'get', path: '/journeys', operationId: 'listJourneys', tag: 'journeys', summary: 'List journeys (search, status filter, cursor pagination).', query: listJourneysQuerySchema, responses: { 200: { description: 'One page.', body: 'JourneyPage' }, 400: e400 } },
  { method: 'post', path: '/journeys', operationId: 'createJourney', tag: 'journeys', summary: 'Create a draft from { name, timeZone }, or import a whole document.', body: 'CreateJourneyBody', responses: { ...resource('Created.', 201), 400: e400, 422: e422 } },
  { method: 'get', path: '/journeys/{id}', operationId: 'getJourney', tag: 'journeys', summary: 'The journey with its version; ETag is the quoted version.', responses: { ...resource('The journey.'), 404: e404 } },
  { method: 'put', path: '/journeys/{id}', operationId: 'saveJourney', tag: 'journeys', summary: 'Save the document; requires If-Match with the ETag.', ifMatch: true, body: 'JourneyDocument', responses: { ...resource('Saved: version + 1.'), 400: e400, 404: e404, 409: journeyConflict, 422: e422, 428: { description: 'If-Match is missing.', body: 'Error' } } },
  { method: 'delete', path: '/journeys/{id}', operationId: 'deleteJourney', tag: 'journeys', summary: 'Delete a journey that is not live.', responses: { 204: { description: 'Deleted.' }, 404: e404, 409: { ...journeyConflict, description: 'The journey is live: stop it first.' } } },
  { method: 'post', path: '/journeys/{id}/duplicate', operationId: 'duplicateJourney', tag: 'journeys', summary: 'Copy as a new draft.', responses: { ...resource('The copy.', 201), 404: e404 } },
  { method: 'post', path: '/journeys/{id}/publish', operationId: 'publishJourney', tag: 'journeys', summary: 'Validate; with no error, status live.', responses: { ...resource('Live.'), 404: e404, 422: e422 } },
  { method: 'post', path: '/journeys/{id}/stop', operationId: 'stopJourney', tag: 'journeys', summary: 'Stop a live journey.', responses: { ...resource('Stopped.'), 404: e404, 409: { ...journeyConflict, description: 'The journey is not live.' } } },
  { method: 'get', path: '/journeys/{id}/versions', operationId: 'listJourneyVersions', tag: 'journeys', summary: 'Saved versions, newest first.', query: listJourneyVersionsQuerySchema, responses: { 200: { description: 'One page.', body: 'JourneyVersionPage' }, 400: e400, 404: e404 } },
  { method: 'get', path: '/journeys/{id}/versions/{version}', operationId: 'getJourneyVersion', tag: 'journeys', summary: 'One saved version.', responses: { 200: { description: 'The version.', body: 'JourneyVersion' }, 400: e400, 404: e404 } },
  { method: 'get', path: '/triggers', operationId: 'listTriggers', tag: 'triggers', summary: 'The trigger catalog: business, interaction, custom and record-change triggers.', query: listTriggersQuerySchema, responses: { 200: { description: 'One page.', body: 'TriggerPage' }, 400: e400 } },
  { method: 'post', path: '/triggers', operationId: 'createTrigger', tag: 'triggers', summary: 'Define a custom or record-change trigger (draft).', body: 'CreateTriggerBody', responses: { 201: { description: 'Defined.', body: 'TriggerDefinition', headers: ['Location'] }, 400: e400, 409: { description: 'The id is taken.', body: 'Error' } } },
  { method: 'patch', path: '/triggers/{id}', operationId: 'updateTrigger', tag: 'triggers', summary: 'Edit a trigger or mark it ready.', body: 'UpdateTriggerBody', responses: { 200: { description: 'Updated.', body: 'TriggerDefinition' }, 400: e400, 404: e404, 409: { description: 'Built-in, or changed by someone else (`details.current`).', body: 'Error' } } },
  { method: 'get', path: '/events', operationId: 'listEvents', tag: 'events', summary: 'Marketing events.', query: listEventsQuerySchema, responses: { 200: { description: 'One page.', body: 'EventPage' }, 400: e400 } },
  { method: 'get', path: '/events/{id}', operationId: 'getEvent', tag: 'events', summary: 'One event.', responses: { 200: { description: 'The event.', body: 'Event' }, 404: e404 } },
  { method: 'get', path: '/events/{id}/activity', operationId: 'listEventActivity', tag: 'events', summary: "The event's activity as simulator event-log records, in instant order.", query: listEventActivityQuerySchema, responses: { 200: { description: 'One page.', body: 'ActivityPage' }, 400: e400, 404: e404 } },
  { method: 'get', path: '/contacts', operationId: 'listContacts', tag: 'contacts', summary: 'Contacts (search, cursor pagination).', query: listContactsQuerySchema, responses: { 200: { description: 'One page.', body: 'ContactPage' }, 400: e400 } },
  { method: 'get', path: '/email-templates', operationId: 'listEmailTemplates', tag: 'email-templates', summary: 'Email templates with subject and HTML body.', query: listEmailTemplatesQuerySchema, responses: { 200: { description: 'One page.', body: 'EmailTemplatePage' }, 400: e400 } },
  { method: 'get', path: '/email-templates/{id}', operationId: 'getEmailTemplate', tag: 'email-templates', summary: 'One template.', responses: { 200: { description: 'The template.', body: 'EmailTemplate' }, 404: e404 } },
  { method: 'get', path: '/settings/event-admin', operationId: 'getEventAdminSettings', tag: 'settings', summary: 'Contact matching strategy and event defaults.', responses: { 200: { description: 'The settings.', body: 'EventAdminSettings' } } },
  { method: 'put', path: '/settings/event-admin', operationId: 'saveEventAdminSettings', tag: 'settings', summary: 'Save the settings.', body: 'EventAdminSettings', responses: { 200: { description: 'Saved.', body: 'EventAdminSettings' }, 400: e400, 409: { description: 'Changed by someone else (`details.current`).', body: 'Error' } } },
];
