#!/usr/bin/env node
import { run } from '../dist/cli/entry.js';

run();
