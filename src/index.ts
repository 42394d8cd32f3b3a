/** The bundled Action's entry point (dist/index.js). */
import { runAction } from './action.ts';

await runAction();
