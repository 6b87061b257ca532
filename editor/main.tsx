/**
 * The editor's page (`npm run edit`; data/README.md, "The editor"): served by
 * scripts/editor/editorPlugin.ts at /__editor/ from editor/index.html, never part of `npm run
 * build`. It loads no Vite client, so a change on disk never reloads it under an open draft.
 */
import { createRoot } from 'react-dom/client';
import { Editor } from './Editor.tsx';

const root = document.getElementById('root');
if (root) createRoot(root).render(<Editor />);
