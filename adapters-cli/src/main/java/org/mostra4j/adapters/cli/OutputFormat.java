package org.mostra4j.adapters.cli;

/** How a command prints its results: the human-readable table or a JSON object. */
enum OutputFormat { table, json }
