// jest's VM-module loader cannot require() ES modules, as the library does lazily at run time.
import { preloadLanguageDetector } from '../src/language/detect.js';

await preloadLanguageDetector();
