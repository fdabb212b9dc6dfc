# Eleven bundled criteria written in Rego, as an OPA user would write them,
# for the `rego` benchmark. Each rule gives the outcome only; the Rhai rules
# also write the message and cite the facts. `input` is the view a Rhai rule
# receives as `p`, as plain JSON.
package gapwise

# ---- capacity ----

default awareness := "no_data"

awareness := "met" if input.capacity.awareness == true

awareness := "not_met" if input.capacity.awareness == false

default child_online := "no_data"

child_online := "met" if input.capacity.child_online_protection == true

child_online := "not_met" if input.capacity.child_online_protection == false

default lead_agency := "no_data"

lead_agency := "met" if input.capacity.lead_agency.designated == true

lead_agency := "not_met" if input.capacity.lead_agency.designated == false

strategy_status := s if {
	s := input.strategies.cybersecurity.status
	s != null
}

default ncs_exists := "not_met"

ncs_exists := "no_data" if not strategy_status

ncs_exists := "met" if strategy_status == "adopted"

ncs_exists := "partly_met" if strategy_status in {"draft", "in_preparation"}

certs := [c | some c in input.institutions; c.kind == "cert"]

national(c) if c.national == true

national(c) if c.scope == "national"

other(c) if {
	not national(c)
	c.national == false
}

other(c) if {
	not national(c)
	c.scope != null
	c.scope != "national"
}

any_national if {
	some c in certs
	national(c)
}

default national_csirt := "no_data"

national_csirt := "met" if any_national

national_csirt := "partly_met" if {
	not any_national
	count(certs) > 0
	every c in certs {
		other(c)
	}
}

has_police_unit if {
	some i in input.institutions
	i.kind == "police_unit"
}

has_police_unit if input.capacity.police_unit == true

default le_unit := "no_data"

le_unit := "not_met" if {
	not has_police_unit
	input.capacity.police_unit == false
}

le_unit := "partly_met" if {
	has_police_unit
	input.capacity.forensics == false
}

le_unit := "met" if {
	has_police_unit
	not input.capacity.forensics == false
}

data_protection_facts := object.get(input.capacity, "data_protection", {})

conventions := [object.get(data_protection_facts, "convention_108", null), object.get(data_protection_facts, "convention_108_plus", null)]

known_standing(v) if {
	v != null
	v != "unknown"
}

party_108 := "yes" if "party" in conventions

party_108 := "no" if {
	not "party" in conventions
	every v in conventions {
		known_standing(v)
	}
}

data_protection_law := object.get(data_protection_facts, "law", null)

default data_protection := "no_data"

data_protection := "met" if {
	data_protection_law == true
	party_108 == "yes"
}

data_protection := "not_met" if {
	data_protection_law == false
	party_108 == "no"
}

data_protection := "partly_met" if {
	data_protection_law == true
	party_108 == "no"
}

data_protection := "partly_met" if {
	data_protection_law == false
	party_108 == "yes"
}

# ---- Art. 15 safeguards ----

safeguards := object.get(input, "safeguards", {})

decisions(kind) := [d |
	some d in input.jurisprudence
	kind in object.get(d, "supports", [])
]

general_decisions(kind) := [d |
	some d in decisions(kind)
	count(object.get(d, "powers", [])) == 0
]

default proportionality := "no_data"

proportionality_fact := object.get(safeguards, "proportionality", null)

proportionality := "met" if proportionality_fact == true

proportionality := "partly_met" if {
	proportionality_fact == false
	count(decisions("proportionality")) > 0
}

proportionality := "not_met" if {
	proportionality_fact == false
	count(decisions("proportionality")) == 0
}

proportionality := "met" if {
	proportionality_fact == null
	count(general_decisions("proportionality")) > 0
}

proportionality := "partly_met" if {
	proportionality_fact == null
	count(decisions("proportionality")) > 0
	count(general_decisions("proportionality")) == 0
}

# Power by power (Art. 16-21): a per-power fact, or a decision naming the power.
by_power_fact(n, field) := object.get(object.get(object.get(safeguards, "by_power", {}), n, {}), field, null)

decided(kind, n) if {
	some d in decisions(kind)
	some x in object.get(d, "powers", [])
	sprintf("%v", [x]) == n
}

power_state(n, field, kind) := "yes" if by_power_fact(n, field) == true

power_state(n, field, kind) := "yes" if {
	by_power_fact(n, field) == null
	decided(kind, n)
}

power_state(n, field, kind) := "conflict" if {
	by_power_fact(n, field) == false
	decided(kind, n)
}

power_state(n, field, kind) := "no" if {
	by_power_fact(n, field) == false
	not decided(kind, n)
}

# A country-wide fact or decision gives at most partly met.
general_verdict(kind, general) := "not_met" if {
	object.get(safeguards, general, null) == false
	count(general_decisions(kind)) == 0
} else := "partly_met" if {
	object.get(safeguards, general, null) != null
} else := "partly_met" if {
	count(general_decisions(kind)) > 0
} else := "no_data"

powers_verdict(field, kind, required) := "not_met" if {
	some n in required
	power_state(n, field, kind) == "no"
} else := "met" if {
	every n in required {
		power_state(n, field, kind) == "yes"
	}
} else := "partly_met" if {
	some n in required
	power_state(n, field, kind) in {"yes", "conflict"}
} else := general_verdict(kind, kind)

all_powers := ["16", "17", "18", "19", "20", "21"]

supervision := powers_verdict("supervision", "judicial_supervision", ["18", "19", "20", "21"])

grounds := powers_verdict("grounds", "grounds", all_powers)

scope_duration := powers_verdict("scope_and_duration", "scope_and_duration", all_powers)
