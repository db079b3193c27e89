//! The default theme lexicon: (id, label, highlight colour, comma-separated terms).
//!
//! Terms are matched by Snowball stem, so one form covers its inflections ("invest" →
//! "investment", "investors"). Multi-word terms are matched as stem sequences and win over
//! their single words. Colours are light tints: dark text on them keeps a contrast ≥ 4.5:1.

/// The built-in themes.
pub(super) const THEMES: &[(&str, &str, &str, &str)] = &[
    (
        "politics",
        "Politics & government",
        "#fde2a7",
        "government, election, vote, voter, parliament, congress, senate, president, prime minister, minister, \
         party, opposition, campaign, legislation, lawmaker, policy, cabinet, democrat, republican, coalition, \
         referendum, governor, mayor, politician, political, ballot, constitution",
    ),
    (
        "diplomacy",
        "Diplomacy & international relations",
        "#c7e3ff",
        "diplomacy, diplomatic, diplomat, bilateral, multilateral, foreign policy, foreign minister, summit, \
         ambassador, embassy, treaty, alliance, ally, partnership, strategic partnership, sovereign, sovereignty, \
         outreach, engagement, relations, international relations, united nations, negotiation, envoy, \
         reaffirm, cooperation",
    ),
    (
        "security",
        "Conflict, security & defence",
        "#ffc9c9",
        "security, counterterrorism, terrorism, terrorist, defense, defence, military, army, troops, soldier, \
         intelligence, extremism, extremist, militant, attack, war, conflict, missile, weapon, armed, insurgent, \
         threat, cross-border, border, ceasefire, instability, nuclear, navy, air force, bomb",
    ),
    (
        "economy",
        "Economy, business & finance",
        "#c8f0d0",
        "economy, economic, growth, market, investment, investor, finance, financial, bank, inflation, gdp, \
         business, company, profit, revenue, stock, shares, debt, loan, budget, tax, currency, recession, \
         economic support, economic growth, economic stability",
    ),
    (
        "trade",
        "Trade",
        "#d9f2b4",
        "trade, tariff, export, import, trade facilitation, free trade, trade deal, customs, supply chain",
    ),
    (
        "development",
        "Development & infrastructure",
        "#e6dcff",
        "development, infrastructure, corridor, construction, project, road, railway, port, power plant, \
         development initiatives, infrastructure investment, aid, poverty",
    ),
    (
        "stability",
        "Regional stability",
        "#ffe0f0",
        "stability, regional stability, regional security, region, regional, neighbor, neighbouring, \
         neighboring, tension, balance, stable",
    ),
    (
        "crime",
        "Crime, law & justice",
        "#f3d9c4",
        "crime, criminal, police, court, judge, trial, prison, arrest, lawsuit, justice, murder, fraud, \
         prosecutor, sentence, investigation, jail, charged, guilty",
    ),
    (
        "health",
        "Health",
        "#c4f1ee",
        "health, hospital, disease, virus, vaccine, patient, doctor, medical, medicine, pandemic, cancer, \
         treatment, infection, outbreak, nurse, drug",
    ),
    (
        "environment",
        "Environment & climate",
        "#d3f5c0",
        "climate, environment, emissions, carbon, pollution, warming, wildlife, forest, biodiversity, \
         renewable, conservation, species, climate change",
    ),
    (
        "science",
        "Science & technology",
        "#d6e4f5",
        "technology, science, scientist, research, software, computer, internet, digital, data, ai, \
         artificial intelligence, space, nasa, robot, smartphone, app, online, cyber",
    ),
    (
        "energy",
        "Energy",
        "#fff1b8",
        "energy, oil, gas, electricity, solar, wind power, coal, pipeline, fuel, power grid, opec, petroleum",
    ),
    (
        "society",
        "Society",
        "#f0e0d0",
        "community, family, families, migrant, immigration, refugee, religion, protest, rights, human rights, \
         women, children, housing, welfare",
    ),
    (
        "education",
        "Education",
        "#e0ecd0",
        "school, education, student, teacher, university, college, classroom, curriculum, exam",
    ),
    (
        "sport",
        "Sport",
        "#d0f0ff",
        "sport, football, soccer, match, tournament, championship, league, player, coach, olympic, cup, goal, \
         team, season, cricket, tennis, golf",
    ),
    (
        "culture",
        "Arts, culture & entertainment",
        "#f5d0f0",
        "film, movie, music, album, artist, actor, actress, museum, festival, theatre, theater, book, novel, \
         television, concert, award, oscar",
    ),
    (
        "disaster",
        "Disaster & accident",
        "#ffd8b0",
        "earthquake, flood, hurricane, storm, fire, wildfire, crash, accident, disaster, tsunami, drought, \
         victims, rescue, evacuate",
    ),
];
