# An emergency number's service, for a reader of this language, when the pack has no variant of its name.
# Chinese readers read the pack's own name ($name, converted to traditional characters for zh-TW).
emergency-service = { $name }
