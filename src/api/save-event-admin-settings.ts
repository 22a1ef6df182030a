import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client';
import { queryKeys } from './common';
import { eventAdminSettingsSchema, type EventAdminSettings } from './get-event-admin-settings';

export const saveEventAdminSettingsBodySchema = eventAdminSettingsSchema;

export function saveEventAdminSettings(settings: EventAdminSettings): Promise<EventAdminSettings> {
  return apiFetch('/settings/event-admin', {
    method: 'PUT',
    json: settings,
    schema: eventAdminSettingsSchema,
  });
}

/** Saves the settings and puts the server's answer in the cache; the form keeps its input on error. */
export function useSaveEventAdminSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveEventAdminSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.settings.eventAdmin, saved);
    },
  });
}
