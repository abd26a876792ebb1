namespace Dataverse.Emulator.Pipeline
{
    public enum ImageType
    {
        PreImage = 0,
        PostImage = 1,
    }
}
