// `npm start`: the main job on the bundled examples. It grows with each capability.
import { VERSION } from '../src/version.js';

console.log(`fairlode ${VERSION}`);
