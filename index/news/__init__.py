"""Live news: polling the configured feeds into the index (`watch`) and matching new
quotes against what users follow (`alerts`). The bot runs the same code on PTB's job
queue; `python -m index watch` runs it on its own."""
