#!/usr/bin/env node
/** The executable of `graph-callrecords` (the package's `bin`). */
import { main } from './cli.js'

process.exitCode = await main(process.argv.slice(2))
