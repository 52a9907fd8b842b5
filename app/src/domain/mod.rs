//! Domain rules: pure functions with no I/O, unit-tested beside their code.
