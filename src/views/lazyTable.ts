/**
 * The table view's code, loaded when it is first shown (the table view chosen, or the map's stand-in
 * where the map cannot be drawn): a cold load of the map never needs it (docs/ARCHITECTURE.md,
 * "Code on start").
 */
import { lazy } from 'react';

export const TableView = lazy(() => import('../table/TableView.tsx').then((m) => ({ default: m.TableView })));
