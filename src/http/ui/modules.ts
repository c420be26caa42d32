// The web app's page groups, in one list so app.ts needs no change when a page group is added.
import type { UiModule } from './ui.plugin.js';
import { intakePages } from './intake.pages.js';
import { incidentPages } from './incident.pages.js';
import { letterPages } from './letters.pages.js';
import { incidentImportPages } from './incident-imports.pages.js';
import { calendarPages } from './calendar.pages.js';

export const uiModules: UiModule[] = [intakePages, incidentPages, incidentImportPages, letterPages, calendarPages];
