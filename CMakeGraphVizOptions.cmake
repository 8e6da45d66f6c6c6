# `cmake --preset dev --graphviz=build/graph/crewplan.dot` draws the libraries and programs
# (docs/architecture.md): our targets only, not the system libraries or the test programs.
set(GRAPHVIZ_EXTERNAL_LIBS FALSE)
set(GRAPHVIZ_GENERATE_PER_TARGET FALSE)
set(GRAPHVIZ_GENERATE_DEPENDERS FALSE)
set(GRAPHVIZ_IGNORE_TARGETS "crewplan_.*_tests;crewplan_screenshots;crewplan_.*benchmarks;.*_other_files;.*_lupdate;.*_lrelease;.*_translations.*;.*resources.*")
