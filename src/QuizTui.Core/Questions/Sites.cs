namespace QuizTui.Core.Questions;

/// <summary>
/// Head words of named sites, buildings and areas ("Castle Church", "Convention Center", "the Western Cape province"):
/// a place where something happens even when the recogniser calls it an organisation or nothing.
/// </summary>
internal static class Sites
{
    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "University", "College", "School", "Academy", "Institute", "Stadium", "Arena", "Field", "Ground", "Park",
        "Church", "Cathedral", "Abbey", "Chapel", "Mosque", "Temple", "Synagogue", "Hospital", "Clinic", "Airport",
        "Station", "Museum", "Gallery", "Hall", "Centre", "Center", "Palace", "Castle", "Theatre", "Theater",
        "Library", "Square", "Street", "Avenue", "Road", "Bridge", "Court", "House", "Tower", "Prison", "Base",
        "Harbour", "Harbor", "Port", "Hotel", "Market", "Zoo", "Laboratory", "Campus", "Building", "Gardens",
        "Garden", "Beach", "Lake", "River", "Island", "Islands", "Valley", "Bay", "Mountains", "Studios",
        "facility", "lab", "mill", "factory", "plant", "headquarters", "camp", "province", "region", "district",
        "county", "state", "coast", "village", "estate", "complex", "park", "stadium", "airport",
    };

    public static bool IsHead(string word) => Heads.Contains(word);
}
