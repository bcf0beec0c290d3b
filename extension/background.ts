import { startBackground } from '../src/background/start-background';

startBackground();
