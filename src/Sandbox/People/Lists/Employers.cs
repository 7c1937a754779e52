namespace Portal.Sandbox.People.Lists;

/// <summary>Fictional employers, job titles and small-business trades.</summary>
internal static class Employers
{
    public static readonly string[] Names =
    [
        "Northwind Traders", "Contoso Pharmaceuticals", "Fabrikam Inc.", "Adventure Works Cycles", "Tailspin Toys",
        "Wide World Importers", "Woodgrove Bank", "Litware Inc.", "Proseware LLC", "Lucerne Publishing",
        "Alpine Ski House", "Coho Winery", "Fourth Coffee", "Blue Yonder Airlines", "Margie's Travel",
        "Trey Research", "Humongous Insurance", "Wingtip Toys", "Southridge Video", "City Power & Light",
        "Consolidated Messenger", "Lakeshore Regional Medical Center", "Riverside Unified School District",
        "Summit Logistics", "Pinecrest Property Management", "Harbor Freightways", "Mesa Verde Construction",
        "Bluebonnet Dental Group", "O'Malley's Pub", "Peña & Sons Roofing", "County of Evergreen",
        "Redwood Credit Union", "Great Plains Grain Co.", "Silverline Software", "Keystone Auto Parts",
    ];

    public static readonly string[] Titles =
    [
        "Manager", "Registered Nurse", "Software Engineer", "Teacher", "Sales Associate", "Accountant",
        "Electrician", "Truck Driver", "Office Administrator", "Project Manager", "Mechanic", "Pharmacist",
        "Customer Service Representative", "Warehouse Supervisor", "Analyst", "Chef", "Police Officer",
        "Dental Hygienist", "Operations Director", "Marketing Coordinator", "Paralegal", "Civil Engineer",
        "Physician", "Retail Store Manager", "Plumber", "HVAC Technician", "Financial Advisor",
    ];

    public static readonly string[] Trades =
    [
        "Landscaping", "Roofing", "Plumbing", "Consulting", "Photography", "Catering", "Auto Repair",
        "Electric", "Cleaning Services", "Construction", "Design Studio", "Trucking",
    ];

    public static readonly string[] BusinessForms = ["LLC", "Inc.", "Co.", "& Sons", "Group"];
}
