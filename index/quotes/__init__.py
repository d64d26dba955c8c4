"""Who said what: quotation marks, speech cues, speaker mentions, their resolution to
people and organisations within an article, and saving them to the store. spaCy is
imported only by `nlp`."""
