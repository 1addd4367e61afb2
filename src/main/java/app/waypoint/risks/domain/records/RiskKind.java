package app.waypoint.risks.domain.records;

/** What a concern is about (issue 16): exploitation (criminal or sexual), going missing, self-harm, housing, substances, abuse at home. */
public enum RiskKind {
    CRIMINAL_EXPLOITATION("Criminal exploitation", true),
    SEXUAL_EXPLOITATION("Sexual exploitation", true),
    MISSING("Missing", true),
    SELF_HARM("Self-harm", false),
    HOMELESSNESS("Homelessness (housing risk)", false),
    SUBSTANCE_MISUSE("Substance misuse", false),
    DOMESTIC_ABUSE("Domestic abuse", false);

    private final String words;
    private final boolean urgent;

    RiskKind(String words, boolean urgent) {
        this.words = words;
        this.urgent = urgent;
    }

    public String words() {
        return words;
    }

    /** Exploitation and going missing put the young person in danger now: the manager decides on the short timescale. */
    public boolean urgent() {
        return urgent;
    }
}
