#include "model/Person.h"

#include "model/Text.h"

namespace crewplan {

std::string_view personStatusName(PersonStatus status) {
    switch (status) {
    case PersonStatus::Employee:
        return "employee";
    case PersonStatus::Candidate:
        return "candidate";
    case PersonStatus::PlannedHire:
        return "planned-hire";
    }
    return "employee";
}

std::string_view personStatusLabel(PersonStatus status) {
    switch (status) {
    case PersonStatus::Employee:
        return "Employee";
    case PersonStatus::Candidate:
        return "Candidate";
    case PersonStatus::PlannedHire:
        return "Planned hire";
    }
    return "Employee";
}

std::optional<PersonStatus> parsePersonStatus(std::string_view name) {
    for (auto status :
         {PersonStatus::Employee, PersonStatus::Candidate, PersonStatus::PlannedHire}) {
        if (equalsIgnoringCase(name, personStatusName(status)) ||
            equalsIgnoringCase(name, personStatusLabel(status)))
            return status;
    }
    return std::nullopt;
}

} // namespace crewplan
