<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n people are assigned</source>
        <translation>
            <numerusform>%n person is assigned</numerusform>
            <numerusform>%n people are assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n employee</numerusform>
            <numerusform>%n employees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned hire(s)</source>
        <translation>
            <numerusform>%n planned hire</numerusform>
            <numerusform>%n planned hires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in “Gaps” below.</source>
        <translation>
            <numerusform>%n more in “Gaps” below.</numerusform>
            <numerusform>%n more in “Gaps” below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more: the report with teams or full detail lists every gap.</source>
        <translation>
            <numerusform>%n more: the report with teams or full detail lists every gap.</numerusform>
            <numerusform>%n more: the report with teams or full detail lists every gap.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crewplan::CompareView</name>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crewplan::ImportPeopleDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s) below the header, fields separated by %2.</source>
        <translation>
            <numerusform>%1: %n row below the header, fields separated by %2.</numerusform>
            <numerusform>%1: %n rows below the header, fields separated by %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import adds %n people</source>
        <translation>
            <numerusform>Import adds %n person</numerusform>
            <numerusform>Import adds %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, updates %n</source>
        <translation>
            <numerusform>, updates %n</numerusform>
            <numerusform>, updates %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and leaves %n unchanged</source>
        <translation>
            <numerusform> and leaves %n unchanged</numerusform>
            <numerusform> and leaves %n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skips %n row(s)</source>
        <translation>
            <numerusform>; skips %n row</numerusform>
            <numerusform>; skips %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; sets %n level(s)</source>
        <translation>
            <numerusform>; sets %n level</numerusform>
            <numerusform>; sets %n levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n new assignment(s)</source>
        <translation>
            <numerusform> and %n new assignment</numerusform>
            <numerusform> and %n new assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; creates %n skill(s)</source>
        <translation>
            <numerusform>; creates %n skill</numerusform>
            <numerusform>; creates %n skills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crewplan::InsightsView</name>
    <message numerus="yes">
        <source>%n uncovered must-have(s)</source>
        <translation>
            <numerusform>%n uncovered must-have</numerusform>
            <numerusform>%n uncovered must-haves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n single point(s) of failure</source>
        <translation>
            <numerusform>%n single point of failure</numerusform>
            <numerusform>%n single points of failure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near miss(es): one level short</source>
        <translation>
            <numerusform>%n near miss: one level short</numerusform>
            <numerusform>%n near misses: one level short</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over-allocated people</source>
        <translation>
            <numerusform>%n over-allocated people</numerusform>
            <numerusform>%n over-allocated people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crewplan::MainWindow</name>
    <message numerus="yes">
        <source>Scenario %1 · must-have coverage %2 · nice-to-have %3 · %n people · %4 a year</source>
        <translation>
            <numerusform>Scenario %1 · must-have coverage %2 · nice-to-have %3 · %n person · %4 a year</numerusform>
            <numerusform>Scenario %1 · must-have coverage %2 · nice-to-have %3 · %n people · %4 a year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n pages).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n people</source>
        <translation>
            <numerusform>Remove %n person</numerusform>
            <numerusform>Remove %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crewplan::PlanTree</name>
    <message numerus="yes">
        <source>Training: %n step(s)</source>
        <translation>
            <numerusform>Training: %n step</numerusform>
            <numerusform>Training: %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Who fills which role: %n people</source>
        <translation>
            <numerusform>Who fills which role: %n person</numerusform>
            <numerusform>Who fills which role: %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Available: %n employee(s) not needed</source>
        <translation>
            <numerusform>Available: %n employee not needed</numerusform>
            <numerusform>Available: %n employees not needed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crewplan::RoleEditor</name>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n slot</numerusform>
            <numerusform>%n slots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crewplan::SkillsModel</name>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n requirement</numerusform>
            <numerusform>%n requirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crewplan::SkillsView</name>
    <message numerus="yes">
        <source>%1 is held by %n people</source>
        <translation>
            <numerusform>%1 is held by %n person</numerusform>
            <numerusform>%1 is held by %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more role(s)</source>
        <translation>
            <numerusform> and %n more role</numerusform>
            <numerusform> and %n more roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crewplan::StackView</name>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n tool</numerusform>
            <numerusform>%n tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n preset(s)</source>
        <translation>
            <numerusform>%n preset</numerusform>
            <numerusform>%n presets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crewplan::TeamEditor</name>
    <message numerus="yes">
        <source>%n role(s) in this scenario.</source>
        <translation>
            <numerusform>%n role in this scenario.</numerusform>
            <numerusform>%n roles in this scenario.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crewplan::TeamPlanModel</name>
    <message numerus="yes">
        <source>%1: cost band %2 – %3 a year; %n requirement(s). Drop people here to assign them.</source>
        <translation>
            <numerusform>%1: cost band %2 – %3 a year; %n requirement. Drop people here to assign them.</numerusform>
            <numerusform>%1: cost band %2 – %3 a year; %n requirements. Drop people here to assign them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n people to %1</source>
        <translation>
            <numerusform>Assign %n person to %1</numerusform>
            <numerusform>Assign %n people to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crewplan::TimelineView</name>
    <message numerus="yes">
        <source>Set the time to hire to %n month(s)</source>
        <translation>
            <numerusform>Set the time to hire to %n month</numerusform>
            <numerusform>Set the time to hire to %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is a planned hire: with %n month(s) to hire, they can start from %2 at the earliest.</source>
        <translation>
            <numerusform>%1 is a planned hire: with %n month to hire, they can start from %2 at the earliest.</numerusform>
            <numerusform>%1 is a planned hire: with %n months to hire, they can start from %2 at the earliest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: met only from %2, %n month(s) late.</source>
        <translation>
            <numerusform>%1: met only from %2, %n month late.</numerusform>
            <numerusform>%1: met only from %2, %n months late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 joins in %2; at half strength for %n month(s) of ramp-up.</source>
        <translation>
            <numerusform>%1 joins in %2; at half strength for %n month of ramp-up.</numerusform>
            <numerusform>%1 joins in %2; at half strength for %n months of ramp-up.</numerusform>
        </translation>
    </message>
</context>
</TS>
