// The page's entry: ask for the graph first, then load the explorer (main.ts) as its own chunk.
import { prefetchGraph } from './prefetch.ts';

prefetchGraph();
void import('./main.ts');
