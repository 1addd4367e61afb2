package app.waypoint.web;

/** A field of a step's form as shown: its input type, what the person typed, and what is wrong with it. */
record FormField(String id, String label, String type, boolean required, String value, String error) {

    public boolean isText() {
        return !isBoolean() && !isDate() && !isNumber();
    }

    public boolean isBoolean() {
        return "boolean".equals(type);
    }

    public boolean isDate() {
        return "date".equals(type);
    }

    public boolean isNumber() {
        return "long".equals(type);
    }
}
