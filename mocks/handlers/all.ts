import { scenarioHandlers } from '../scenarios';
import { contactHandlers } from './contacts';
import { emailTemplateHandlers } from './email-templates';
import { eventHandlers } from './events';
import { journeyActionHandlers } from './journey-actions';
import { journeyHandlers } from './journeys';
import { settingsHandlers } from './settings';
import { triggerHandlers } from './triggers';

/** The whole mock backend, for the browser worker and the Node server alike. Scenario first. */
export const handlers = [
  ...scenarioHandlers,
  ...journeyHandlers,
  ...journeyActionHandlers,
  ...triggerHandlers,
  ...eventHandlers,
  ...contactHandlers,
  ...emailTemplateHandlers,
  ...settingsHandlers,
];
