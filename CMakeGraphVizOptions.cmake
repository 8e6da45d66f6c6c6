# `cmake --preset dev --graphviz=build/graph/crewplan.dot` draws the libraries and programs
# (docs/architecture.md): our targets and the libraries each one links directly (Qt Widgets, Qt
# Charts, SQLite, CBC…), without the libraries those pull in, the build tools or the test programs.
set(GRAPHVIZ_EXTERNAL_LIBS TRUE)
set(GRAPHVIZ_GENERATE_PER_TARGET FALSE)
set(GRAPHVIZ_GENERATE_DEPENDERS FALSE)
set(GRAPHVIZ_IGNORE_TARGETS "/usr/.*;Qt::.*;Qt6::Core;Qt6::Gui;Qt6::Platform;Qt6::OpenGL.*;Qt6::Test;Qt6::moc;Qt6::rcc;Qt6::lrelease;Qt6::lupdate;Threads::Threads;Wrap.*;OpenGL::.*;benchmark::.*;GTest::.*;crewplan_.*_tests;crewplan_screenshots;crewplan_.*benchmarks;.*_other_files;.*_lupdate;.*_lrelease;.*_translations.*;.*resources.*")
