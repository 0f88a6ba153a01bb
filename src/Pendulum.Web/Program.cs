namespace Pendulum.Web;

/// <summary>
/// Runs the dashboard on its own: <c>dotnet run --project src/Pendulum.Web -- --Pendulum:Db=pendulum.db</c>.
/// <c>pendulum serve</c> is the usual way in.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static void Main(string[] args) => PendulumWeb.Build(args).Run();
}
