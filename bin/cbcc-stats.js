#!/usr/bin/env node
// The bundle `npm run build` makes (scripts/bundle.mjs): one file to load, not a hundred and fifty.
import { run } from '../dist/bundle/cli.js';

run();
