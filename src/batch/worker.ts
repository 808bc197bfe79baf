/** Worker thread entry (compiled modules): see workerMain.ts. */
import { serve } from './workerMain.js';

serve();
